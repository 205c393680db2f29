package org.telecrm.persistence.json;

import io.vavr.control.Either;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.TimeLimit;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generic codec: records through their components, sealed types through the names {@link StoredNames} gives
 * their subtypes, every fault a typed error naming the field's path; what it reads is what the mapping's tree reader
 * read (documents in another field order, strictness, instants).
 */
class CodecsTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final ServiceOrderEvent PAUSED = new ServiceOrderEvent.ClockPaused(ServiceOrderId.of("SO-1"),
            PauseReason.SITE_NOT_READY, AT);
    private static final String PAUSED_JSON = "{\"schemaVersion\":1,\"type\":\"ClockPaused\",\"order\":\"SO-1\","
            + "\"occurredAt\":\"2026-03-02T01:00:00Z\",\"reason\":\"SITE_NOT_READY\"}";

    private static Either<JsonError, ServiceOrderEvent> event(String json) {
        return Codecs.read(json, v -> v == 1, 1, Codecs.fields(ServiceOrderEvent.class));
    }

    @Nested
    class Records_and_sealed_types {

        @Test
        void a_sealed_type_is_its_stored_name_then_its_leading_fields_then_its_components_in_order() {
            assertEquals(PAUSED_JSON, Codecs.write(1, Codecs.fields(ServiceOrderEvent.class), PAUSED));
            assertEquals(Either.right(PAUSED), event(PAUSED_JSON));
        }

        @Test
        void a_document_in_another_field_order_reads_the_same() {
            String shuffled = "{\"reason\":\"SITE_NOT_READY\",\"occurredAt\":\"2026-03-02T01:00:00Z\","
                    + "\"order\":\"SO-1\",\"type\":\"ClockPaused\",\"schemaVersion\":1}";
            assertEquals(Either.right(PAUSED), event(shuffled));
            String typeLater = PAUSED_JSON.replace("\"type\":\"ClockPaused\",", "") .replace("}",
                    ",\"type\":\"ClockPaused\"}");
            assertEquals(Either.right(PAUSED), event(typeLater));
        }

        @Test
        void an_empty_option_is_left_out_and_an_absent_or_null_field_reads_as_empty() {
            ServiceOrderEvent escalated = new ServiceOrderEvent.EscalatedToAccountManager(ServiceOrderId.of("SO-1"),
                    io.vavr.control.Option.none(), "late", AT);
            String json = Codecs.write(1, Codecs.fields(ServiceOrderEvent.class), escalated);
            assertTrue(!json.contains("accountManager"), json);
            assertEquals(Either.right(escalated), event(json.replace("}", ",\"accountManager\":null}")));
        }

        @Test
        void a_type_with_a_name_missing_from_the_registry_is_refused_when_its_codec_is_built() {
            assertThrows(IllegalStateException.class, () -> Codecs.of(java.time.LocalTime.class));
            assertThrows(IllegalStateException.class, () -> Codecs.of(org.telecrm.order.clock.ClockError.class));
        }
    }

    @Nested
    class Faults_are_typed_errors_naming_the_path {

        @Test
        void a_missing_field_an_unknown_name_and_a_refused_value() {
            assertEquals(Either.left(new JsonError.Missing("reason")),
                    event(PAUSED_JSON.replace(",\"reason\":\"SITE_NOT_READY\"", "")));
            assertEquals("reason", event(PAUSED_JSON.replace("SITE_NOT_READY", "RAIN")).getLeft().field());
            assertEquals("type", event(PAUSED_JSON.replace("ClockPaused", "ClockStopped")).getLeft().field());
            assertEquals("order", event(PAUSED_JSON.replace("\"SO-1\"", "\" \"")).getLeft().field());
            assertEquals("occurredAt", event(PAUSED_JSON.replace("01:00:00Z", "25:00:00Z")).getLeft().field());
        }

        @Test
        void a_duplicated_key_trailing_content_and_a_wrong_version_are_refused() {
            assertInstanceOf(JsonError.Malformed.class,
                    event(PAUSED_JSON.replace("}", ",\"reason\":\"SITE_NOT_READY\"}")).getLeft());
            for (String again : new String[] {"\"schemaVersion\":1", "\"type\":\"ClockPaused\"", "\"x\":1,\"x\":2"}) {
                assertInstanceOf(JsonError.Malformed.class, event(PAUSED_JSON.replace("}", "," + again + "}")).getLeft(),
                        again);
            }
            assertInstanceOf(JsonError.Malformed.class, event(PAUSED_JSON + "{}").getLeft());
            assertInstanceOf(JsonError.Malformed.class, event("[1]").getLeft());
            assertEquals(Either.left(new JsonError.UnsupportedSchemaVersion("schemaVersion", 2, 1)),
                    event(PAUSED_JSON.replace("\"schemaVersion\":1", "\"schemaVersion\":2")));
            assertEquals(Either.left(new JsonError.Missing("schemaVersion")),
                    event(PAUSED_JSON.replace("\"schemaVersion\":1,", "")));
        }

        @Test
        void a_constructor_refusal_names_its_field_and_an_array_element_its_index() {
            Codec<TimeLimit> limit = Codecs.of(TimeLimit.class);
            JsonFailure refused = assertThrows(JsonFailure.class, () -> read(limit,
                    "{\"kind\":\"CLOCK_TIME\",\"duration\":\"PT0S\"}"));
            assertEquals("duration", refused.error.field());
            JsonFailure period = assertThrows(JsonFailure.class, () -> read(limit,
                    "{\"kind\":\"WORKING_HOURS\",\"duration\":\"PT8H\",\"periods\":[\"08:30-12:00\",7]}"));
            assertEquals("periods[1]", period.error.field());
        }

        private <T> T read(Codec<T> codec, String json) {
            JsonTokens in = JsonScanner.of(json);
            in.next();
            return codec.read(in);
        }
    }

    @Nested
    class Instants {

        @Property(tries = 300)
        void an_instant_reads_as_the_general_parser_reads_it(
                @ForAll @LongRange(min = -62_000_000_000L, max = 250_000_000_000L) long second) {
            String text = Instant.ofEpochSecond(second).toString();
            assertEquals(Instant.parse(text), Codecs.instant(text));
        }

        @Test
        void what_the_general_parser_refuses_or_accepts_the_fast_one_does_too() {
            assertEquals(Instant.parse("2026-12-31T23:59:60Z"), Codecs.instant("2026-12-31T23:59:60Z"));
            assertEquals(Instant.parse("2026-03-02T01:00:00.5Z"), Codecs.instant("2026-03-02T01:00:00.5Z"));
            assertThrows(DateTimeException.class, () -> Codecs.instant("2026-02-30T01:00:00Z"));
            assertThrows(DateTimeException.class, () -> Codecs.instant("2026-13-01T01:00:00Z"));
            assertThrows(DateTimeException.class, () -> Codecs.instant("2026-03-0xT01:00:00Z"));
            assertEquals(Duration.ZERO, Duration.between(Codecs.instant("2024-02-29T00:00:00Z"),
                    Instant.parse("2024-02-29T00:00:00Z")));
        }
    }
}
