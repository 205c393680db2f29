package org.telecrm.persistence.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;

/** The JSON Schemas the mapping ships ({@code org/telecrm/persistence/json/schema/}), loaded for the tests. */
final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {
    }

    /** The schema of that file, its references (to the other files) resolved. */
    static Schema of(String file) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:org/telecrm/persistence/json/schema/" + file));
        schema.initializeValidators();
        return schema;
    }

    /** What in the JSON breaks the schema; empty when it matches. */
    static List<String> problems(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
