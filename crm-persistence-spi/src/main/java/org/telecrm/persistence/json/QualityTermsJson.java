package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.money.Money;
import org.telecrm.sla.quality.LevelPrices;
import org.telecrm.sla.quality.MeasuredAssessment;
import org.telecrm.sla.quality.MeasuredCommitment;
import org.telecrm.sla.quality.Metric;
import org.telecrm.sla.quality.QualityLevelTerms;
import org.telecrm.sla.quality.Uplift;

import java.math.BigDecimal;

/**
 * The JSON of a contract's quality terms added after v1, both omitted when absent so that a v1 document reads and
 * writes back the same: a level's measured commitments ({@code "measured":[{"metric":"LATENCY","limit":"20",
 * "window":"PT5M","allowance":12,"perBreachedWindow":"0.005"}]}) and the contract's own prices of quality levels
 * ({@code "levelPrices":[{"level":"L1","uplift":{"kind":"SHARE_OF_RENTAL","share":"0.3"}}]} or
 * {@code {"kind":"FIXED","amountFen":45000}}).
 */
final class QualityTermsJson {

    private QualityTermsJson() {
    }

    /** Writes the level's measured commitments into {@code level}, nothing when it has none. */
    static void writeMeasured(ObjectNode level, QualityLevelTerms t) {
        if (!t.measured().isEmpty()) {
            level.set("measured", SlaContractJson.array(t.measured(), QualityTermsJson::commitment));
        }
    }

    /** The level's measured commitments; none when the field is absent (a v1 document). */
    static Seq<MeasuredCommitment> readMeasured(JsonReader level) {
        return level.has("measured") ? level.objects("measured", QualityTermsJson::commitment) : List.empty();
    }

    /** Writes the contract's own prices into {@code terms}, nothing when it has none. */
    static void writePrices(ObjectNode terms, LevelPrices prices) {
        if (!prices.isEmpty()) {
            terms.set("levelPrices", SlaContractJson.array(prices.prices(), p -> SlaContractJson.object((n, x) -> {
                n.put("level", p.level().code());
                n.set("uplift", uplift(p.uplift()));
            })));
        }
    }

    /** The contract's own prices; none when the field is absent (a v1 document). */
    static LevelPrices readPrices(JsonReader terms) {
        if (!terms.has("levelPrices")) {
            return LevelPrices.NONE;
        }
        Seq<LevelPrices.LevelPrice> prices = terms.objects("levelPrices", p -> p.build("level",
                () -> new LevelPrices.LevelPrice(SlaContractJson.qualityLevel(p, "level"), uplift(p.object("uplift")))));
        return LevelPrices.of(prices).toEither().getOrElseThrow(problems -> terms.invalidField("levelPrices",
                "prices with problems", "valid prices of quality levels: " + problems.map(e -> e.message())
                        .mkString("; ")));
    }

    static ObjectNode commitment(MeasuredCommitment c) {
        return SlaContractJson.object((n, x) -> {
            n.put("metric", c.metric().name());
            n.put("limit", c.limit().toPlainString());
            n.put("window", c.window().toString());
            n.put("allowance", c.allowance());
            n.put("perBreachedWindow", SlaContractJson.rate(c.perBreachedWindow()));
        });
    }

    static MeasuredCommitment commitment(JsonReader r) {
        return r.build("metric", () -> new MeasuredCommitment(
                r.parsed("metric", Metric::valueOf, "one of LATENCY, PACKET_LOSS, JITTER"),
                r.parsed("limit", BigDecimal::new, "a decimal number such as 20"), r.duration("window"),
                r.intValue("allowance"), SlaContractJson.rate(r, "perBreachedWindow")));
    }

    /** A measured breach's evidence: the outages' assessment, each commitment's windows, the credit added. */
    static ObjectNode measuredAssessment(MeasuredAssessment a) {
        return SlaContractJson.object((n, x) -> {
            n.set("outages", SlaClaimJson.qualityAssessment(a.outages()));
            n.set("commitments", SlaContractJson.array(a.commitments(), c -> SlaContractJson.object((o, y) -> {
                o.set("commitment", commitment(c.commitment()));
                o.put("windows", c.windows());
                o.put("measured", c.measured());
                o.put("breached", c.breached());
                o.put("credited", c.credited());
                o.put("share", SlaContractJson.rate(c.share()));
            })));
            n.put("accruedShare", SlaContractJson.rate(a.accruedShare()));
            n.put("creditFen", a.credit().fen());
            n.put("capped", a.capped());
        });
    }

    static MeasuredAssessment measuredAssessment(JsonReader r) {
        return r.build("outages", () -> new MeasuredAssessment(SlaClaimJson.qualityAssessment(r.object("outages")),
                r.objects("commitments", c -> new MeasuredAssessment.CommitmentResult(commitment(c.object("commitment")),
                        c.longValue("windows"), c.longValue("measured"), c.longValue("breached"),
                        c.longValue("credited"), SlaContractJson.rate(c, "share"))),
                SlaContractJson.rate(r, "accruedShare"), SlaContractJson.money(r, "creditFen"),
                r.booleanValue("capped")));
    }

    static ObjectNode uplift(Uplift uplift) {
        ObjectNode n = Json.object();
        if (uplift instanceof Uplift.ShareOfRental s) {
            n.put("kind", "SHARE_OF_RENTAL");
            n.put("share", SlaContractJson.rate(s.share()));
        } else if (uplift instanceof Uplift.Fixed f) {
            n.put("kind", "FIXED");
            n.put("amountFen", f.amount().fen());
        }
        return n;
    }

    static Uplift uplift(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "SHARE_OF_RENTAL" -> new Uplift.ShareOfRental(SlaContractJson.rate(r, "share"));
            case "FIXED" -> new Uplift.Fixed(Money.ofFen(r.longValue("amountFen")));
            default -> throw r.invalidField("kind", kind, "one of SHARE_OF_RENTAL, FIXED");
        };
    }
}
