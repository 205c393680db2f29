package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Rate;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.CompensationCredit;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.contract.CompensationClaim;
import org.telecrm.sla.provisioning.AppliedTerms;
import org.telecrm.sla.provisioning.CompensationBase;
import org.telecrm.sla.provisioning.CompensationCap;
import org.telecrm.sla.provisioning.DeadlineStart;
import org.telecrm.sla.provisioning.LateDayCount;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.Sourced;
import org.telecrm.sla.provisioning.TermSource;
import org.telecrm.sla.quality.Availability;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.QualityAssessment;
import org.telecrm.sla.quality.QualityCase;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static org.telecrm.persistence.json.SlaContractJson.BASES;
import static org.telecrm.persistence.json.SlaContractJson.BREACH_KINDS;
import static org.telecrm.persistence.json.SlaContractJson.CAUSES;
import static org.telecrm.persistence.json.SlaContractJson.CLASSES;
import static org.telecrm.persistence.json.SlaContractJson.DEADLINE_STARTS;
import static org.telecrm.persistence.json.SlaContractJson.LATE_DAY_COUNTS;
import static org.telecrm.persistence.json.SlaContractJson.PRODUCTS;
import static org.telecrm.persistence.json.SlaContractJson.SIDES;
import static org.telecrm.persistence.json.SlaContractJson.array;
import static org.telecrm.persistence.json.SlaContractJson.cap;
import static org.telecrm.persistence.json.SlaContractJson.circuitId;
import static org.telecrm.persistence.json.SlaContractJson.claimId;
import static org.telecrm.persistence.json.SlaContractJson.contractId;
import static org.telecrm.persistence.json.SlaContractJson.levelTerms;
import static org.telecrm.persistence.json.SlaContractJson.money;
import static org.telecrm.persistence.json.SlaContractJson.object;
import static org.telecrm.persistence.json.SlaContractJson.qualityLevel;
import static org.telecrm.persistence.json.SlaContractJson.rate;
import static org.telecrm.persistence.json.SlaContractJson.rounding;
import static org.telecrm.persistence.json.SlaContractJson.scope;
import static org.telecrm.persistence.json.SlaContractJson.texts;

/**
 * The JSON of an SLA contract's compensation claims, their breaches and the engines' assessments (see
 * {@link SlaContractJson}).
 */
final class SlaClaimJson {

    private SlaClaimJson() {
    }

    // ---- claims -------------------------------------------------------------------------------------------------

    static ObjectNode claim(CompensationClaim c) {
        return object((n, x) -> {
            n.put("id", c.id().value());
            n.set("breach", breach(c.breach()));
            n.set("responsibility", responsibility(c.responsibility()));
            n.put("raisedAt", c.raisedAt().toString());
            n.set("status", claimStatus(c.status()));
        });
    }

    static CompensationClaim claim(JsonReader r) {
        return new CompensationClaim(claimId(r, "id"), breach(r.object("breach")),
                responsibility(r.object("responsibility")), r.instant("raisedAt"), claimStatus(r.object("status")));
    }

    static ObjectNode responsibility(Responsibility responsibility) {
        return object((n, x) -> {
            n.put("bureau", responsibility.bureau());
            n.put("segment", responsibility.segment());
        });
    }

    static Responsibility responsibility(JsonReader r) {
        return new Responsibility(r.text("bureau"), r.text("segment"));
    }

    static ObjectNode confirmation(Confirmation c) {
        return object((n, x) -> {
            n.put("side", SIDES.name(c.side()));
            n.put("signatory", c.signatory());
            n.put("on", c.on().toString());
        });
    }

    static Confirmation confirmation(JsonReader r) {
        return new Confirmation(SIDES.read(r, "side"), r.text("signatory"), r.date("on"));
    }

    static ObjectNode claimStatus(ClaimStatus status) {
        ObjectNode n = Json.object();
        n.put("kind", status.kind().name());
        if (status instanceof ClaimStatus.Raised s) {
            s.customer().forEach(c -> n.set("customer", confirmation(c)));
            s.provider().forEach(c -> n.set("provider", confirmation(c)));
        } else if (status instanceof ClaimStatus.Confirmed s) {
            n.set("customer", confirmation(s.customer()));
            n.set("provider", confirmation(s.provider()));
        } else if (status instanceof ClaimStatus.Settled s) {
            n.set("customer", confirmation(s.customer()));
            n.set("provider", confirmation(s.provider()));
            n.put("settledOn", s.settledOn().toString());
        } else if (status instanceof ClaimStatus.Rejected s) {
            n.put("by", SIDES.name(s.by()));
            n.put("reason", s.reason());
            n.put("on", s.on().toString());
        }
        return n;
    }

    static ClaimStatus claimStatus(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "RAISED" -> new ClaimStatus.Raised(r.optionalObject("customer").map(SlaClaimJson::confirmation),
                    r.optionalObject("provider").map(SlaClaimJson::confirmation));
            case "CONFIRMED" -> new ClaimStatus.Confirmed(confirmation(r.object("customer")),
                    confirmation(r.object("provider")));
            case "SETTLED" -> new ClaimStatus.Settled(confirmation(r.object("customer")),
                    confirmation(r.object("provider")), r.date("settledOn"));
            case "REJECTED" -> new ClaimStatus.Rejected(SIDES.read(r, "by"), r.text("reason"), r.date("on"));
            default -> throw r.invalidField("kind", kind, "one of RAISED, CONFIRMED, SETTLED, REJECTED");
        };
    }

    // ---- breaches and assessments -------------------------------------------------------------------------------

    static ObjectNode breach(Breach breach) {
        ObjectNode n = Json.object();
        n.put("kind", BREACH_KINDS.name(breach.id().kind()));
        n.put("contract", breach.contract().value());
        n.put("circuit", breach.circuit().value());
        if (breach instanceof Breach.LateProvisioning late) {
            n.put("order", late.order().value());
            n.put("termsVersion", late.termsVersion());
            n.set("assessment", provisioningAssessment(late.assessment()));
        } else if (breach instanceof Breach.QualityBreach quality) {
            n.put("month", quality.month().toString());
            n.put("termsVersion", quality.termsVersion());
            n.set("assessment", qualityAssessment(quality.assessment()));
        } else if (breach instanceof Breach.MeasuredBreach measured) {
            n.put("month", measured.month().toString());
            n.put("termsVersion", measured.termsVersion());
            n.set("assessment", QualityTermsJson.measuredAssessment(measured.assessment()));
        }
        return n;
    }

    static Breach breach(JsonReader r) {
        String kind = r.text("kind");
        SlaContractId contract = contractId(r, "contract");
        CircuitId circuit = circuitId(r, "circuit");
        return switch (kind) {
            case "LATE_PROVISIONING" -> new Breach.LateProvisioning(contract, circuit,
                    r.parsed("order", ProvisioningOrderId::of, "an order id (not blank)"), r.intValue("termsVersion"),
                    provisioningAssessment(r.object("assessment")));
            case "QUALITY" -> new Breach.QualityBreach(contract, circuit,
                    r.parsed("month", YearMonth::parse, "a month such as 2026-03"), r.intValue("termsVersion"),
                    qualityAssessment(r.object("assessment")));
            case "MEASURED" -> new Breach.MeasuredBreach(contract, circuit,
                    r.parsed("month", YearMonth::parse, "a month such as 2026-03"), r.intValue("termsVersion"),
                    QualityTermsJson.measuredAssessment(r.object("assessment")));
            default -> throw r.invalidField("kind", kind, "one of LATE_PROVISIONING, QUALITY, MEASURED");
        };
    }

    static ObjectNode provisioningAssessment(ProvisioningAssessment a) {
        return object((n, x) -> {
            ProvisioningCase c = a.of();
            ObjectNode of = n.putObject("of");
            of.put("product", PRODUCTS.name(c.product()));
            of.put("provisioningClass", CLASSES.name(c.provisioningClass()));
            of.put("standardOneTimeFeeFen", c.standardOneTimeFee().fen());
            of.put("acceptedOn", c.acceptedOn().toString());
            ObjectNode progress = of.putObject("progress");
            progress.put("kind", c.progress() instanceof ProvisioningCase.Progress.CompletedOn ? "COMPLETED_ON"
                    : "OPEN_AS_OF");
            progress.put("day", c.progress().countedTo().toString());
            n.put("dueOn", a.dueOn().toString());
            n.put("workingDaysLate", a.workingDaysLate());
            n.put("chargedOneTimeFeeFen", a.chargedOneTimeFee().fen());
            n.put("compensationBaseFen", a.compensationBase().fen());
            n.put("compensationFen", a.compensation().fen());
            n.put("capped", a.capped());
            n.set("terms", appliedTerms(a.terms()));
        });
    }

    static ProvisioningAssessment provisioningAssessment(JsonReader r) {
        JsonReader of = r.object("of");
        JsonReader progress = of.object("progress");
        String kind = progress.text("kind");
        ProvisioningCase.Progress p = switch (kind) {
            case "COMPLETED_ON" -> new ProvisioningCase.Progress.CompletedOn(progress.date("day"));
            case "OPEN_AS_OF" -> new ProvisioningCase.Progress.OpenAsOf(progress.date("day"));
            default -> throw progress.invalidField("kind", kind, "one of COMPLETED_ON, OPEN_AS_OF");
        };
        ProvisioningCase c = of.build("acceptedOn", () -> new ProvisioningCase(PRODUCTS.read(of, "product"),
                CLASSES.read(of, "provisioningClass"), money(of, "standardOneTimeFeeFen"), of.date("acceptedOn"), p));
        return new ProvisioningAssessment(c, r.date("dueOn"), r.intValue("workingDaysLate"),
                money(r, "chargedOneTimeFeeFen"), money(r, "compensationBaseFen"), money(r, "compensationFen"),
                r.booleanValue("capped"), appliedTerms(r.object("terms")));
    }

    static ObjectNode sourced(Sourced<?> sourced, BiConsumer<ObjectNode, Object> value) {
        ObjectNode n = Json.object();
        value.accept(n, sourced.value());
        ObjectNode source = n.putObject("source");
        if (sourced.source() instanceof TermSource.DefaultTariff d) {
            source.put("kind", "DEFAULT_TARIFF");
            source.put("reference", d.reference());
        } else if (sourced.source() instanceof TermSource.ContractClause c) {
            source.put("kind", "CONTRACT_CLAUSE");
            source.put("contractReference", c.contractReference());
            source.set("scope", scope(c.scope()));
        }
        return n;
    }

    static <T> Sourced<T> sourced(JsonReader r, String field, Function<JsonReader, T> value) {
        JsonReader s = r.object(field);
        JsonReader source = s.object("source");
        String kind = source.text("kind");
        TermSource termSource = switch (kind) {
            case "DEFAULT_TARIFF" -> new TermSource.DefaultTariff(source.text("reference"));
            case "CONTRACT_CLAUSE" -> new TermSource.ContractClause(source.text("contractReference"),
                    scope(source.object("scope")));
            default -> throw source.invalidField("kind", kind, "one of DEFAULT_TARIFF, CONTRACT_CLAUSE");
        };
        return new Sourced<>(value.apply(s), termSource);
    }

    static ObjectNode appliedTerms(AppliedTerms t) {
        return object((n, x) -> {
            n.put("product", PRODUCTS.name(t.product()));
            n.put("provisioningClass", CLASSES.name(t.provisioningClass()));
            n.set("deadlineWorkingDays", sourced(t.deadlineWorkingDays(), (o, v) -> o.put("value", (Integer) v)));
            n.set("chargedFeeRatio", sourced(t.chargedFeeRatio(), (o, v) -> o.put("value", rate((Rate) v))));
            n.set("compensationPerLateDay", sourced(t.compensationPerLateDay(),
                    (o, v) -> o.put("value", rate((Rate) v))));
            n.set("cap", sourced(t.cap(), (o, v) -> o.set("value", cap((CompensationCap) v))));
            n.set("deadlineStart", sourced(t.deadlineStart(),
                    (o, v) -> o.put("value", DEADLINE_STARTS.name((DeadlineStart) v))));
            n.set("lateDayCount", sourced(t.lateDayCount(),
                    (o, v) -> o.put("value", LATE_DAY_COUNTS.name((LateDayCount) v))));
            n.set("compensationBase", sourced(t.compensationBase(),
                    (o, v) -> o.put("value", BASES.name((CompensationBase) v))));
            n.set("rounding", sourced(t.rounding(), (o, v) -> o.put("value", ((RoundingMode) v).name())));
        });
    }

    static AppliedTerms appliedTerms(JsonReader r) {
        return new AppliedTerms(PRODUCTS.read(r, "product"), CLASSES.read(r, "provisioningClass"),
                sourced(r, "deadlineWorkingDays", s -> s.intValue("value")),
                sourced(r, "chargedFeeRatio", s -> rate(s, "value")),
                sourced(r, "compensationPerLateDay", s -> rate(s, "value")),
                sourced(r, "cap", s -> cap(s.object("value"))),
                sourced(r, "deadlineStart", s -> DEADLINE_STARTS.read(s, "value")),
                sourced(r, "lateDayCount", s -> LATE_DAY_COUNTS.read(s, "value")),
                sourced(r, "compensationBase", s -> BASES.read(s, "value")),
                sourced(r, "rounding", s -> rounding(s, "value")));
    }

    static ObjectNode qualityAssessment(QualityAssessment a) {
        return object((n, x) -> {
            QualityCase c = a.of();
            ObjectNode of = n.putObject("of");
            of.put("circuit", c.circuit().value());
            of.put("level", c.level().code());
            of.put("monthlyRentalFen", c.monthlyRental().fen());
            of.put("month", c.month().toString());
            of.put("firstDay", c.firstDay().toString());
            of.put("lastDay", c.lastDay().toString());
            of.set("outages", array(c.outages(), o -> object((on, y) -> {
                on.put("ticket", o.ticket());
                on.put("circuit", o.circuit().value());
                on.put("start", o.start().toString());
                on.put("end", o.end().toString());
                on.put("cause", CAUSES.name(o.cause()));
                o.respondedAt().forEach(at -> on.put("respondedAt", at.toString()));
            })));
            n.set("terms", levelTerms(a.terms()));
            n.put("zone", a.zone().getId());
            n.put("periodStart", a.periodStart().toString());
            n.put("periodEnd", a.periodEnd().toString());
            ObjectNode availability = n.putObject("availability");
            availability.put("downtime", a.availability().downtime().toString());
            availability.put("period", a.availability().period().toString());
            n.put("shortfallUnits", a.shortfallUnits());
            n.put("restorationOverrun", a.restorationOverrun().toString());
            n.put("restorationUnits", a.restorationUnits());
            n.put("responseOverrun", a.responseOverrun().toString());
            n.put("responseUnits", a.responseUnits());
            n.put("accruedShare", rate(a.accruedShare()));
            n.put("creditFen", a.credit().fen());
            n.put("capped", a.capped());
        });
    }

    static QualityAssessment qualityAssessment(JsonReader r) {
        JsonReader of = r.object("of");
        Seq<Outage> outages = of.objects("outages", o -> o.build("end", () -> new Outage(o.text("ticket"),
                circuitId(o, "circuit"), o.instant("start"), o.instant("end"), CAUSES.read(o, "cause"),
                o.optionalText("respondedAt").map(x -> o.instant("respondedAt")))));
        QualityCase c = of.build("outages", () -> new QualityCase(circuitId(of, "circuit"),
                qualityLevel(of, "level"), money(of, "monthlyRentalFen"),
                of.parsed("month", YearMonth::parse, "a month such as 2026-03"), of.date("firstDay"),
                of.date("lastDay"), outages));
        JsonReader availability = r.object("availability");
        return r.build("availability", () -> new QualityAssessment(c, levelTerms(r.object("terms")),
                r.parsed("zone", ZoneId::of, "a time zone id"), r.instant("periodStart"), r.instant("periodEnd"),
                new Availability(availability.duration("downtime"), availability.duration("period")),
                r.longValue("shortfallUnits"), r.duration("restorationOverrun"), r.longValue("restorationUnits"),
                r.duration("responseOverrun"), r.longValue("responseUnits"), rate(r, "accruedShare"),
                money(r, "creditFen"), r.booleanValue("capped")));
    }

    static ObjectNode breachId(BreachId id) {
        return object((n, x) -> {
            n.put("circuit", id.circuit().value());
            n.put("kind", BREACH_KINDS.name(id.kind()));
            n.put("subject", id.subject());
        });
    }

    static BreachId breachId(JsonReader r) {
        return r.build("subject", () -> new BreachId(circuitId(r, "circuit"), BREACH_KINDS.read(r, "kind"),
                r.text("subject")));
    }

    static ObjectNode credit(CompensationCredit c) {
        return object((n, x) -> {
            n.put("account", c.account().value());
            n.put("reference", c.reference().value());
            n.put("amountFen", c.amount().fen());
            n.put("customer", c.customer().value());
            n.put("contract", c.contract().value());
            n.set("breach", breachId(c.breach()));
            n.set("basis", texts(c.basis()));
        });
    }

    static CompensationCredit credit(JsonReader r) {
        return new CompensationCredit(r.parsed("account", AccountId::of, "an account id"), claimId(r, "reference"),
                money(r, "amountFen"), r.parsed("customer", CustomerId::of, "a customer id"),
                contractId(r, "contract"), breachId(r.object("breach")), r.texts("basis"));
    }
}
