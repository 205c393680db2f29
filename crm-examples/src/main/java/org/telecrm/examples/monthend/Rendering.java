package org.telecrm.examples.monthend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.account.group.GroupStatement;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.order.jeopardy.NodeJeopardy;
import org.telecrm.order.report.BureauCompensation;
import org.telecrm.order.report.FaultWeek;
import org.telecrm.sla.settlement.CircuitReport;
import org.telecrm.sla.settlement.OperationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The month-end's outputs: one JSON object per line for machines ({@code "report"} says which), and a self-contained
 * HTML page for a manager (tables, two inline SVG charts, no script, no network). Both depend only on what they are
 * given, in the order given, so the same store gives the same bytes. Customers appear by id and name; no identity
 * number or phone number is written.
 */
final class Rendering {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Rendering() {
    }

    // ---- JSON Lines --------------------------------------------------------------------------------------------

    static void line(Writer out, Map<String, Object> fields) {
        try {
            out.write(JSON.writeValueAsString(fields));
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report line could not be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, Object> operation(OperationReport r) {
        return fields("report", "operation", "month", r.month().toString(), "contract", r.contract().value(),
                "customer", r.customer().value(), "ordersCompleted", r.ordersCompleted(),
                "completedOnTime", r.completedOnTime(), "circuitsMeetingTarget", r.circuitsMeetingTarget(),
                "circuits", r.circuits().size(), "totalCredit", r.totalCredit().toPlainString(),
                "lines", r.describe().toJavaList());
    }

    static void figures(Writer out, MonthEndReport.Figures f) {
        Map<String, Object> summary = fields("report", "summary");
        summary.putAll(f.summary());
        line(out, summary);
        f.compensation().forEach(b -> line(out, fields("report", "compensation", "bureau", b.bureau(), "segment",
                b.segment(), "claims", b.claims(), "settled", b.settled(), "claimed", b.claimed().toPlainString(),
                "credited", b.credited().toPlainString())));
        f.passRates().forEach(r -> line(out, fields("report", "sla-pass-rate", "department", r.department().value(),
                "node", r.node().name(), "measured", r.measured(), "withinLimit", r.withinLimit(),
                "passRate", r.passRate())));
        f.faultWeeks().forEach(w -> line(out, fields("report", "fault-week", "monday", w.monday().toString(),
                "reported", w.reported(), "keyAccount", w.keyAccount(), "restored", w.restored(),
                "restoredWithinLimit", w.restoredWithinLimit(), "withinLimitRate", w.withinLimitRate(),
                "reopened", w.reopened())));
        line(out, fields("report", "return-visits", "completed", f.returnVisits().completed(),
                "visited", f.returnVisits().visited(), "coverage", f.returnVisits().coverage(),
                "ruleKept", f.returnVisits().ruleKept(), "notVisited", f.returnVisits().notVisited().count(),
                "escalations", f.returnVisits().escalations().count()));
        line(out, dunning(f.dunning()));
        f.queue().first().zipWithIndex().forEach(t -> line(out, fields("report", "work-queue", "rank", t._2 + 1,
                "of", f.queue().count(), "order", t._1.id().value(), "kind", t._1.kind().name(),
                "stars", t._1.star().map(s -> s.stars()).getOrElse(0), "receivedAt", t._1.receivedAt().toString())));
    }

    /**
     * A billing group's statement of the month: per account (the headquarters' first, then each branch) and the
     * group's totals, every amount yuan as text with two decimals (docs/money-in-json.md).
     */
    static Map<String, Object> groupStatement(MonthEndReport.GroupFigure g) {
        GroupStatement s = g.statement();
        return fields("report", "group-statement", "group", s.group().value(), "rule", g.rule(),
                "from", s.from().toString(), "to", s.to().toString(),
                "accounts", s.lines().map(l -> (Object) fields("account", l.account().value(),
                        "branch", l.branch(), "opening", l.opening().toPlainString(), "charged",
                        l.charged().toPlainString(), "credited", l.credited().toPlainString(),
                        "closing", l.closing().toPlainString(), "state", l.state().name())).toJavaList(),
                "opening", s.opening().toPlainString(), "charged", s.charged().toPlainString(),
                "credited", s.credited().toPlainString(), "closing", s.closing().toPlainString());
    }

    static Map<String, Object> dunning(MonthEndReport.DunningFigure d) {
        return fields("report", "dunning", "withinLimit", d.withinLimit(), "overLimitActive", d.overLimitActive(),
                "reminded", d.reminded(), "partiallySuspended", d.partiallySuspended(), "suspended", d.suspended(),
                "closed", d.closed(), "plansKept", d.plansKept());
    }

    static Map<String, Object> jeopardy(NodeJeopardy j) {
        return fields("report", "jeopardy", "order", j.order().value(), "node", j.node().name(), "status",
                j.status().name(), "line", j.describe());
    }

    static Map<String, Object> churn(Tuple2<Customer, WarningLevel> t) {
        return fields("report", "churn-warning", "customer", t._1.getId().value(), "group", t._1.group().name(),
                "level", t._2.name(), "reasons", t._1.churnWarning().get().reasons().toJavaList());
    }

    // ---- HTML --------------------------------------------------------------------------------------------------

    static String html(MonthEndReport.Figures f, int contractsShown) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Month-end ")
                .append(f.month()).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #999;padding:3px 8px;text-align:left}th{background:#dde}")
                .append("td.n{text-align:right}h2{margin-top:2em}.bar1{fill:#3366aa}.bar2{fill:#55aa55}.bar3{fill:#cc7733}")
                .append("\n</style>\n</head>\n<body>\n");
        h.append("<h1>Key-account service, month-end ").append(f.month()).append("</h1>\n");
        h.append("<h2 id=\"summary\">Summary</h2>\n<table id=\"summary-table\">\n");
        f.summary().forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td class=\"n\">")
                .append(esc(v)).append("</td></tr>\n"));
        h.append("</table>\n");

        h.append("<h2>Weekly fault statistics</h2>\n").append(faultChart(f.faultWeeks()));
        table(h, List.of("week from", "faults reported", "key-account faults", "restored", "restored within limit", "rate",
                        "reopened"),
                f.faultWeeks().map(w -> List.of(w.monday().toString(), n(w.reported()), n(w.keyAccount()), n(w.restored()),
                        n(w.restoredWithinLimit()), w.withinLimitRate(), n(w.reopened()))));

        h.append("<h2>Compensation per responsible bureau and segment</h2>\n").append(bureauChart(f.compensation()));
        table(h, List.of("bureau", "segment", "claims", "settled", "claimed", "credited"),
                f.compensation().map(b -> List.of(b.bureau(), b.segment(), n(b.claims()), n(b.settled()),
                        b.claimed().toPlainString(), b.credited().toPlainString())));

        h.append("<h2>SLA pass rate per department and node (internal back-end assessment)</h2>\n");
        table(h, List.of("department", "node", "measured", "within limit", "pass rate"),
                f.passRates().map(r -> List.of(r.department().value(), r.node().name(), n(r.measured()),
                        n(r.withinLimit()), r.passRate())));

        h.append("<h2>Return visits</h2>\n<p>Coverage ").append(esc(f.returnVisits().coverage())).append(" of ")
                .append(f.returnVisits().completed()).append(" orders completed (the rule is 100%); ")
                .append(f.returnVisits().escalations().count()).append(" dissatisfied, escalated to the account manager.</p>\n");
        listed(h, List.of("escalated order"), f.returnVisits().escalations(), id -> List.of(id.value()));
        listed(h, List.of("completed, not yet visited"), f.returnVisits().notVisited(), id -> List.of(id.value()));

        MonthEndReport.DunningFigure d = f.dunning();
        h.append("<h2>Dunning: accounts per stage at month end</h2>\n");
        table(h, List.of("within the limit", "over the limit, active (grace or plan)", "reminded",
                        "partially suspended", "suspended", "closed", "payment plans kept"),
                List.of(List.of(n(d.withinLimit()), n(d.overLimitActive()), n(d.reminded()), n(d.partiallySuspended()),
                        n(d.suspended()), n(d.closed()), n(d.plansKept()))));
        h.append("<h2>Group statements (unified payment by the headquarters)</h2>\n");
        listed(h, List.of("group", "account", "opening", "charged", "credited", "closing", "state"), f.groups(),
                g -> List.of(g.statement().group().value() + " (" + g.rule() + ")", "group total",
                        g.statement().opening().toPlainString(), g.statement().charged().toPlainString(),
                        g.statement().credited().toPlainString(), g.statement().closing().toPlainString(), ""));
        for (MonthEndReport.GroupFigure g : f.groups().first()) {
            table(h, List.of("account of " + g.statement().group().value(), "opening", "charged", "credited", "closing",
                    "state"), g.statement().lines().map(l -> List.of(l.account().value() + (l.branch() ? "" : " (headquarters)"),
                    l.opening().toPlainString(), l.charged().toPlainString(), l.credited().toPlainString(),
                    l.closing().toPlainString(), l.state().label())));
        }

        h.append("<h2>Churn warnings</h2>\n");
        listed(h, List.of("customer", "name", "level", "reasons"), f.churn(), t -> List.of(t._1.getId().value(),
                t._1.name(), t._2.name(), t._1.churnWarning().get().reasons().mkString("; ")));

        h.append("<h2>Open orders: jeopardy</h2>\n");
        listed(h, List.of("order", "node", "status", "reading"), f.jeopardy(), j -> List.of(j.order().value(),
                j.node().name(), j.status().name(), j.describe()));
        h.append("<h2>Dispatch queue (first ").append(Math.min(MonthEndReport.QUEUE_SHOWN, f.queue().count()))
                .append(" of ").append(f.queue().count()).append(")</h2>\n");
        table(h, List.of("rank", "order", "kind", "stars", "received"),
                f.queue().first().take(MonthEndReport.QUEUE_SHOWN).zipWithIndex().map(t -> List.of(n(t._2 + 1),
                        t._1.id().value(), t._1.kind().name(), n(t._1.star().map(s -> s.stars()).getOrElse(0)),
                        t._1.receivedAt().toString())));

        h.append("<h2>Monthly operation report per contract (rules.md section 5)</h2>\n<p>The ")
                .append(f.topContracts().size()).append(" contracts with the most compensation owed, at most ")
                .append(contractsShown).append("; every contract is in the JSON Lines.</p>\n");
        for (OperationReport r : f.topContracts()) {
            h.append("<h3>").append(esc(r.contract().value())).append(" (").append(esc(r.customer().value()))
                    .append(")</h3>\n");
            table(h, List.of("circuit", "completed", "on time", "open", "availability", "target met",
                    "provisioning credit", "quality credit", "total"), r.circuits().map(Rendering::circuitRow));
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static Seq<String> circuitRow(CircuitReport c) {
        return List.of(c.circuit().value(), n(c.ordersCompleted()), n(c.completedOnTime()), n(c.openOrders()),
                c.availability().toPercentString(), c.availabilityTargetMet() ? "yes" : "no",
                c.provisioningCompensation().toPlainString(), c.qualityCredit().toPlainString(),
                c.totalCredit().toPlainString());
    }

    /** The first items of a list as a table, and a line saying how many more the JSON Lines have. */
    private static <T> void listed(StringBuilder h, Seq<String> header, MonthEndReport.Listed<T> items,
                                   Function<T, Seq<String>> row) {
        table(h, header, items.first().map(row));
        if (items.more() > 0) {
            h.append("<p class=\"more\">The first ").append(items.first().size()).append(" of ").append(items.count())
                    .append("; every one is in the JSON Lines.</p>\n");
        }
    }

    private static void table(StringBuilder h, Seq<String> header, Seq<? extends Seq<String>> rows) {
        if (rows.isEmpty()) {
            h.append("<p>(none)</p>\n");
            return;
        }
        h.append("<table>\n<tr>");
        header.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        rows.forEach(r -> {
            h.append("<tr>");
            r.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
            h.append("</tr>\n");
        });
        h.append("</table>\n");
    }

    /** Grouped bars per week: faults reported (blue), restored within limit (green). */
    private static String faultChart(Seq<FaultWeek> weeks) {
        int max = Math.max(1, weeks.map(FaultWeek::reported).max().getOrElse(1));
        int barWidth = 28;
        int groupWidth = 2 * barWidth + 24;
        int height = 200;
        StringBuilder s = new StringBuilder();
        s.append("<svg id=\"fault-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(60 + groupWidth * weeks.size())
                .append("\" height=\"").append(height + 50).append("\" role=\"img\" aria-label=\"weekly faults\">\n");
        s.append("<line x1=\"40\" y1=\"").append(height + 10).append("\" x2=\"").append(50 + groupWidth * weeks.size())
                .append("\" y2=\"").append(height + 10).append("\" stroke=\"#333\"/>\n");
        weeks.zipWithIndex().forEach(t -> {
            int x = 50 + t._2 * groupWidth;
            bar(s, "bar1", x, barWidth, t._1.reported(), max, height, t._1.reported() + " reported");
            bar(s, "bar2", x + barWidth, barWidth, t._1.restoredWithinLimit(), max, height,
                    t._1.restoredWithinLimit() + " restored within limit");
            s.append("<text x=\"").append(x).append("\" y=\"").append(height + 28).append("\" font-size=\"11\">")
                    .append(t._1.monday().toString().substring(5)).append("</text>\n");
        });
        s.append("<text x=\"50\" y=\"").append(height + 45).append("\" font-size=\"11\">blue: reported, green: restored within limit</text>\n");
        return s.append("</svg>\n").toString();
    }

    /** One horizontal bar per bureau and segment: the amount claimed, in fen scaled to the longest. */
    private static String bureauChart(Seq<BureauCompensation> bureaus) {
        long max = Math.max(1, bureaus.map(b -> b.claimed().fen()).max().getOrElse(1L));
        int rowHeight = 22;
        StringBuilder s = new StringBuilder();
        s.append("<svg id=\"bureau-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"")
                .append(10 + rowHeight * bureaus.size()).append("\" role=\"img\" aria-label=\"compensation per bureau\">\n");
        bureaus.zipWithIndex().forEach(t -> {
            int y = 5 + t._2 * rowHeight;
            long width = 400 * t._1.claimed().fen() / max;
            s.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"11\">").append(esc(t._1.bureau()))
                    .append("</text>\n");
            s.append("<rect class=\"bar3\" x=\"300\" y=\"").append(y).append("\" width=\"").append(Math.max(1, width))
                    .append("\" height=\"").append(rowHeight - 6).append("\"><title>").append(esc(t._1.segment()))
                    .append(": ").append(t._1.claimed().toPlainString()).append("</title></rect>\n");
            s.append("<text x=\"").append(305 + width).append("\" y=\"").append(y + 14).append("\" font-size=\"11\">")
                    .append(t._1.claimed().toPlainString()).append("</text>\n");
        });
        return s.append("</svg>\n").toString();
    }

    private static void bar(StringBuilder s, String css, int x, int width, int value, int max, int height, String title) {
        int h = value * height / max;
        s.append("<rect class=\"").append(css).append("\" x=\"").append(x).append("\" y=\"").append(height + 10 - h)
                .append("\" width=\"").append(width - 2).append("\" height=\"").append(h).append("\"><title>")
                .append(esc(title)).append("</title></rect>\n");
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
