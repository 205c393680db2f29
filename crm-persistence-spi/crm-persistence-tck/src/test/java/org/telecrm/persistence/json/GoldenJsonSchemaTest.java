package org.telecrm.persistence.json;

import com.networknt.schema.Schema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every golden v1 fixture ({@link Golden}) matches the JSON Schema shipped for it: {@code <aggregate>.schema.json}
 * for the stored documents, {@code <aggregate>-event.schema.json} for the outbox events.
 */
class GoldenJsonSchemaTest {

    @TestFactory
    Stream<DynamicTest> every_fixture_matches_its_schema() {
        return Golden.KINDS.toJavaStream().flatMap(kind -> {
            Schema document = JsonSchemas.of(kind.name() + ".schema.json");
            Schema event = JsonSchemas.of(kind.name() + "-event.schema.json");
            return Stream.concat(
                    GoldenV1Test.fixtures(kind.name()).stream().map(file -> DynamicTest.dynamicTest(
                            kind.name() + "/" + file.getFileName(), () -> assertEquals(List.of(),
                                    JsonSchemas.problems(document, GoldenV1Test.text(file))))),
                    GoldenV1Test.fixtures(kind.eventFolder()).stream().map(file -> DynamicTest.dynamicTest(
                            kind.eventFolder() + "/" + file.getFileName(), () -> assertEquals(List.of(),
                                    JsonSchemas.problems(event, GoldenV1Test.text(file))))));
        });
    }
}
