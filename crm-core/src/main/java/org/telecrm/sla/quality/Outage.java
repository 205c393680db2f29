package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.CircuitId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One outage record of a circuit, as the fault-report work order (障碍单) closes it: when the circuit went down and
 * was restored, what caused it, and, when recorded, when the provider responded.
 *
 * <p>Each record is one fault report: its response time is its own. A response time that was not recorded is
 * taken as the restoration time (the latest the provider can have responded); a fault still open when a month is
 * assessed is passed with its end at the assessment's as-of instant.
 *
 * <pre>{@code
 * Outage o = Outage.of("GZ-2026-0310-01", CircuitId.of("DDN-0755-2026-0001"),
 *         Instant.parse("2026-03-09T17:00:00Z"), Instant.parse("2026-03-09T20:30:00Z"), OutageCause.PROVIDER)
 *         .respondedAt(Instant.parse("2026-03-09T17:20:00Z"));
 * o.problems();   // empty: it ends after it starts, and the response falls inside it
 * }</pre>
 *
 * @param ticket      the fault report's work-order number, quoted in audit lines
 * @param circuit     the circuit that was down
 * @param start       when the circuit went down
 * @param end         when it was restored (not before {@code start})
 * @param cause       who or what caused it; only {@link OutageCause#PROVIDER} time counts
 * @param respondedAt when the provider responded to the fault report, if recorded (within start .. end)
 */
@ValueObject
public record Outage(String ticket, CircuitId circuit, Instant start, Instant end, OutageCause cause,
                     Option<Instant> respondedAt) {

    public Outage {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(respondedAt, "respondedAt");
    }

    /** An outage with no response time recorded. */
    public static Outage of(String ticket, CircuitId circuit, Instant start, Instant end, OutageCause cause) {
        return new Outage(ticket, circuit, start, end, cause, Option.none());
    }

    /** This outage with the provider's response time recorded. */
    public Outage respondedAt(Instant at) {
        return new Outage(ticket, circuit, start, end, cause, Option.some(at));
    }

    /** This outage restored at another time (used to lengthen or shorten it). */
    public Outage endingAt(Instant newEnd) {
        return new Outage(ticket, circuit, start, newEnd, cause, respondedAt);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** How long the provider took to respond: to the recorded response, or else to the restoration. */
    public Duration responseTime() {
        return Duration.between(start, respondedAt.getOrElse(end));
    }

    /** The field name of this record in a case's outage list, e.g. {@code outages[GZ-1]}. */
    public String field() {
        return "outages[" + ticket + "]";
    }

    /** What is wrong with this record on its own: an end before its start, a response outside it. */
    public Seq<QualityError> problems() {
        List<QualityError> problems = List.empty();
        if (end.isBefore(start)) {
            problems = problems.append(new QualityError.OutageEndsBeforeStart(field() + ".end", start, end));
        }
        for (Instant at : respondedAt) {
            if (at.isBefore(start) || at.isAfter(end)) {
                problems = problems.append(new QualityError.ResponseOutsideOutage(field() + ".respondedAt", at, start, end));
            }
        }
        return problems;
    }
}
