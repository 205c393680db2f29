package org.telecrm.examples.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.WorkingHours;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Anchor;
import org.telecrm.order.aggregate.AuditEntry;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.DepartmentId;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimit;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeVisit;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.TimeLimit;
import org.telecrm.persistence.json.JsonError;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The service order reader as it was before the generic codec (issue 14): Jackson's tree model, then a hand-written
 * walk over it field by field (its {@code JsonReader}, {@code StableNames} and {@code ServiceOrderJson.order}, copied
 * here with only what reading an order needs). {@code JsonMappingBenchmark} measures today's
 * {@code ServiceOrderJson.read} against it in the same run; it is not used anywhere else.
 */
final class ServiceOrderTreeReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Names<OrderKind> KINDS = Names.of(OrderKind.values());
    private static final Names<Channel> CHANNELS = Names.of(Channel.values());
    private static final Names<StarLevel> STARS = Names.of(StarLevel.values());
    private static final Names<Node> NODES = Names.of(Node.values());
    private static final Names<Anchor> ANCHORS = Names.of(Anchor.values());
    private static final Names<PauseReason> REASONS = Names.of(PauseReason.values());
    private static final Names<ReturnVisitOutcome> OUTCOMES = Names.of(ReturnVisitOutcome.values());

    private ServiceOrderTreeReader() {
    }

    static Either<JsonError, ServiceOrder> read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Either.left(new JsonError.Malformed("$", e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return Either.left(new JsonError.Malformed("$", "expected a JSON object"));
        }
        try {
            Reader document = new Reader(root, "");
            long version = document.longValue("schemaVersion");
            if (version != 1) {
                throw new Failure(new JsonError.UnsupportedSchemaVersion("schemaVersion", version, 1));
            }
            return Either.right(order(document));
        } catch (Failure failure) {
            return Either.left(failure.error);
        }
    }

    private static ServiceOrder order(Reader r) {
        OrderIntake intake = new OrderIntake(r.parsed("id", ServiceOrderId::of, "a service order id (not blank)"),
                KINDS.read(r, "kind"), CHANNELS.read(r, "channel"),
                r.parsed("customer", CustomerId::of, "a customer id"),
                r.optionalText("contract").map(x -> r.parsed("contract", SlaContractId::of, "a contract id")),
                r.optionalText("circuit").map(x -> r.parsed("circuit", CircuitId::of, "a circuit id")),
                r.optionalText("star").map(x -> STARS.read(r, "star")),
                r.optionalText("accountManager").map(x -> r.parsed("accountManager", AccountManagerId::of,
                        "an account manager id (not blank)")));
        Reader limits = r.object("limits");
        boolean delivery = limits.booleanValue("delivery");
        Seq<Tuple2<Node, NodeLimit>> nodes = limits.objects("nodes", l -> Tuple.of(NODES.read(l, "node"),
                new NodeLimit(timeLimit(l.object("limit")), ANCHORS.read(l, "from"), l.text("source"))));
        NodeLimits nodeLimits = limits.build("nodes", () -> new NodeLimits(HashMap.ofEntries(nodes), delivery));
        Reader basis = r.object("basis");
        int version = basis.intValue("calendarVersion");
        ZoneId zone = basis.parsed("zone", ZoneId::of, "a time zone id such as Asia/Shanghai");
        ClockBasis clockBasis = basis.build("calendarVersion", () -> new ClockBasis(version, zone));
        Seq<NodeVisit> visits = r.objects("visits", ServiceOrderTreeReader::visit);
        Seq<AuditEntry> audit = r.objects("auditTrail", ServiceOrderTreeReader::audit);
        PauseLedger pauses = new PauseLedger(r.objects("pauses", ServiceOrderTreeReader::pause));
        Option<ReturnVisitOutcome> returnVisit = r.optionalText("returnVisit").map(x -> OUTCOMES.read(r, "returnVisit"));
        Seq<Node> missed = r.texts("missedReported").zipWithIndex().map(named -> NODES.named(r,
                "missedReported[" + named._2 + "]", named._1));
        return ServiceOrder.restore(intake, nodeLimits, clockBasis, visits, audit, pauses, returnVisit,
                TreeSet.ofAll(missed)).getOrElseThrow(refused -> new Failure(new JsonError.NotRestorable("$", refused)));
    }

    private static TimeLimit timeLimit(Reader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "WORKING_DAYS" -> {
                int days = r.intValue("days");
                yield r.build("days", () -> new TimeLimit.WorkingDays(days));
            }
            case "CLOCK_TIME" -> r.build("duration", () -> new TimeLimit.ClockTime(r.duration("duration")));
            case "CALENDAR_DAYS" -> {
                int days = r.intValue("days");
                yield r.build("days", () -> new TimeLimit.CalendarDays(days));
            }
            case "WORKING_HOURS" -> {
                Duration duration = r.duration("duration");
                Seq<String> texts = r.texts("periods");
                WorkingHours hours = r.build("periods", () -> new WorkingHours(texts.map(text -> {
                    String[] ends = text.split("-", -1);
                    return new WorkingHours.Period(java.time.LocalTime.parse(ends[0]),
                            java.time.LocalTime.parse(ends[1]));
                }).toList()));
                yield r.build("duration", () -> new TimeLimit.InWorkingHours(duration, hours));
            }
            default -> throw r.invalid("kind", kind, "one of WORKING_DAYS, CLOCK_TIME, CALENDAR_DAYS, WORKING_HOURS");
        };
    }

    private static StaffId staff(Reader r, String field) {
        return r.parsed(field, StaffId::of, "a staff id (not blank)");
    }

    private static ResponsibleParty party(Reader r) {
        return new ResponsibleParty(r.parsed("department", DepartmentId::of, "a department id (not blank)"),
                staff(r, "person"));
    }

    private static NodeVisit visit(Reader r) {
        Node node = NODES.read(r, "node");
        ResponsibleParty party = party(r.object("party"));
        Instant entered = r.instant("entered");
        Option<Instant> left = r.optionalText("left").map(x -> r.instant("left"));
        return r.build("left", () -> new NodeVisit(node, party, entered, left));
    }

    private static AuditEntry audit(Reader r) {
        return new AuditEntry(staff(r, "who"), r.instant("at"),
                r.optionalText("from").map(x -> NODES.read(r, "from")), NODES.read(r, "to"), r.text("note"));
    }

    private static Pause pause(Reader r) {
        Instant start = r.instant("start");
        Option<Instant> end = r.optionalText("end").map(x -> r.instant("end"));
        PauseReason reason = REASONS.read(r, "reason");
        StaffId recordedBy = staff(r, "recordedBy");
        Option<StaffId> endedBy = r.optionalText("endedBy").map(x -> staff(r, "endedBy"));
        return r.build("end", () -> new Pause(start, end, reason, recordedBy, endedBy));
    }

    /** A field's error carried out of the walk. */
    private static final class Failure extends RuntimeException {
        final transient JsonError error;

        Failure(JsonError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /** An enum's stored names (the constants' own, as the mapper spelled them out). */
    private static final class Names<E extends Enum<E>> {
        private final Map<String, E> constants;

        private Names(Map<String, E> constants) {
            this.constants = constants;
        }

        @SafeVarargs
        static <E extends Enum<E>> Names<E> of(E... all) {
            Map<String, E> constants = LinkedHashMap.empty();
            for (E constant : all) {
                constants = constants.put(constant.name(), constant);
            }
            return new Names<>(constants);
        }

        E read(Reader r, String field) {
            return named(r, field, r.text(field));
        }

        E named(Reader r, String field, String name) {
            return constants.get(name).getOrElseThrow(
                    () -> r.invalid(field, name, "one of " + constants.keySet().mkString(", ")));
        }
    }

    /** A JSON object being read, with its path (the mapper's JsonReader). */
    private static final class Reader {
        private final JsonNode node;
        private final String path;

        Reader(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        private JsonNode required(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new Failure(new JsonError.Missing(at(field)));
            }
            return value;
        }

        Failure invalid(String field, String was, String expected) {
            return new Failure(new JsonError.Invalid(at(field), was, expected));
        }

        String text(String field) {
            JsonNode value = required(field);
            if (!value.isTextual()) {
                throw invalid(field, value.toString(), "a string");
            }
            return value.textValue();
        }

        Option<String> optionalText(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? Option.none() : Option.some(text(field));
        }

        long longValue(String field) {
            JsonNode value = required(field);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw invalid(field, value.toString(), "a whole number");
            }
            return value.longValue();
        }

        int intValue(String field) {
            JsonNode value = required(field);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw invalid(field, value.toString(), "a whole number (int)");
            }
            return value.intValue();
        }

        boolean booleanValue(String field) {
            JsonNode value = required(field);
            if (!value.isBoolean()) {
                throw invalid(field, value.toString(), "true or false");
            }
            return value.booleanValue();
        }

        <T> T parsed(String field, Function<String, T> parse, String expected) {
            String text = text(field);
            try {
                return parse.apply(text);
            } catch (DateTimeException | IllegalArgumentException refused) {
                throw invalid(field, required(field).toString(), expected);
            }
        }

        Instant instant(String field) {
            return parsed(field, Instant::parse, "an ISO-8601 instant such as 2026-07-01T01:00:00Z");
        }

        Duration duration(String field) {
            return parsed(field, Duration::parse, "an ISO-8601 duration such as PT72H");
        }

        Reader object(String field) {
            JsonNode value = required(field);
            if (!value.isObject()) {
                throw invalid(field, value.toString(), "an object");
            }
            return new Reader(value, at(field));
        }

        <T> Seq<T> objects(String field, Function<Reader, T> element) {
            JsonNode value = array(field);
            List<T> result = List.empty();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String itemPath = at(field) + "[" + i + "]";
                if (item == null || !item.isObject()) {
                    throw new Failure(new JsonError.Invalid(itemPath, String.valueOf(item), "an object"));
                }
                result = result.prepend(element.apply(new Reader(item, itemPath)));
            }
            return result.reverse();
        }

        Seq<String> texts(String field) {
            JsonNode array = array(field);
            List<String> result = List.empty();
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (!item.isTextual()) {
                    throw new Failure(new JsonError.Invalid(at(field) + "[" + i + "]", item.toString(), "a string"));
                }
                result = result.prepend(item.textValue());
            }
            return result.reverse();
        }

        private JsonNode array(String field) {
            JsonNode value = required(field);
            if (!value.isArray()) {
                throw invalid(field, value.toString(), "an array");
            }
            return value;
        }

        <T> T build(String field, Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                throw new Failure(new JsonError.Invalid(at(field), "a value refused", e.getMessage()));
            }
        }
    }
}
