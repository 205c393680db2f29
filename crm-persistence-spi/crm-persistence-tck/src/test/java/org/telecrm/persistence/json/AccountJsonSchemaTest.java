package org.telecrm.persistence.json;

import com.networknt.schema.Schema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.persistence.tck.AccountGenerators;
import org.telecrm.persistence.tck.AccountHistory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The JSON Schemas shipped with the mapping ({@code org/telecrm/persistence/json/schema/}) state the stored account and
 * its outbox events field by field, money as integers of fen (docs/money-in-json.md): the documented document, every
 * generated account and every event it raised match them, and a document that breaks the money rule does not.
 */
class AccountJsonSchemaTest {

    static final Schema ACCOUNT = JsonSchemas.of("account.schema.json");
    static final Schema EVENT = JsonSchemas.of("account-event.schema.json");

    private static List<String> problems(Schema schema, String json) {
        return JsonSchemas.problems(schema, json);
    }

    @Provide
    Arbitrary<AccountHistory> histories() {
        return AccountGenerators.histories();
    }

    @Test
    void the_documented_account_matches_the_schema() {
        assertEquals(List.of(), problems(ACCOUNT, AccountJsonTest.DOCUMENTED));
        assertEquals(List.of(), problems(ACCOUNT, AccountJson.writeWithoutLedger(AccountJsonTest.DOCUMENTED_ACCOUNT)));
    }

    @Property(tries = 100)
    void every_account_and_every_event_it_raised_match_the_schemas(@ForAll("histories") AccountHistory history) {
        assertEquals(List.of(), problems(ACCOUNT, AccountJson.write(history.account())));
        history.events().forEach(event ->
                assertEquals(List.of(), problems(EVENT, AccountJson.writeEvent(event)), AccountJson.writeEvent(event)));
    }

    @Test
    void money_as_yuan_or_as_a_decimal_breaks_the_schema() {
        String documented = AccountJsonTest.DOCUMENTED;
        assertFalse(problems(ACCOUNT, documented.replace("\"creditLimitFen\":10000", "\"creditLimitFen\":\"100.00\""))
                .isEmpty());
        assertFalse(problems(ACCOUNT, documented.replace("\"amountFen\":30000", "\"amountFen\":300.5")).isEmpty());
        assertFalse(problems(ACCOUNT, documented.replace("\"creditLimitFen\":10000", "\"creditLimit\":10000"))
                .isEmpty());
    }

    @Test
    void an_event_with_a_field_of_another_type_breaks_the_schema() {
        String closed = "{\"schemaVersion\":1,\"type\":\"AccountClosed\",\"account\":\"A-1\","
                + "\"occurredAt\":\"2026-07-01T01:00:00Z\",\"owner\":\"C-1\"}";
        assertEquals(List.of(), problems(EVENT, closed));
        assertFalse(problems(EVENT, closed.replace("}", ",\"balanceOwedFen\":0}")).isEmpty());
        assertFalse(problems(EVENT, closed.replace(",\"owner\":\"C-1\"", "")).isEmpty());
    }

    @Test
    void only_an_adjustment_says_what_it_corrects_and_why() {
        String documented = AccountJsonTest.DOCUMENTED;
        assertFalse(problems(ACCOUNT, documented.replace("\"kind\":\"CHARGE\",",
                "\"kind\":\"CHARGE\",\"corrects\":\"B-0\",")).isEmpty());
        assertFalse(problems(ACCOUNT, documented.replace("\"corrects\":\"B-1\",", "")).isEmpty());
    }
}
