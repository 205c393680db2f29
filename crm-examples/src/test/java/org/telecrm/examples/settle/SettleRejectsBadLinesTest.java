package org.telecrm.examples.settle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.examples.settle.Orders.order;

/**
 * Each kind of bad input line becomes one error record whose message names the field and says what is wrong,
 * and the run exits with code 2.
 */
class SettleRejectsBadLinesTest {

    private static final String AS_OF = "2026-12-31";

    private static String rejected(String line) {
        SettleRun run = SettleRun.settleLines(AS_OF, line);
        assertEquals(2, run.exitCode(), "a rejected line makes the exit code 2");
        assertEquals(1L, run.json(0).get("line").asLong());
        return run.onlyError();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + message + "' should mention '" + part + "'");
        }
    }

    @Test
    void malformedJsonIsReportedInSettlesOwnWordsWithTheColumnAndNoStackTrace() {
        String message = rejected("{\"orderId\":\"SO-1\",\"product\":");
        assertMentions(message, "malformed JSON", "column");
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("[Source"), "the location is given as a column, not Jackson's source dump: " + message);
    }

    @Test
    void eachRuleOfJsonALineBreaksIsNamedInSettlesOwnWords() {
        java.util.Map<String, String> said = new java.util.LinkedHashMap<>();
        said.put("{\"orderId\":\"SO-1\"\u0000}", "the control character U+0000 between values: only spaces, tabs"
                + " and line ends may stand there");
        said.put("{\"orderId\":\"SO-\u00011\"}", "the control character U+0001 inside a string: a control character"
                + " must be escaped there (as \\n, \\t or \\u0000)");
        said.put("{\"orderId\":\"SO-1\"", "the line ends inside an object (a '}' is missing)");
        said.put("{\"orderId\":\"SO-1", "the line ends inside a string (its closing double quote is missing)");
        said.put("{'orderId':1}", "unexpected ''' (U+0027) where a field name in double quotes must stand");
        said.put("{\"orderId\" \"SO-1\"}", "unexpected '\"' (U+0022) where ':' must follow a field name");
        said.put("{\"a\":tru}", "'tru' is not a value: a value is " + JsonRefusals.VALUES);
        said.put("{\"a\":\"\\x41\"}", "the escape \\x in a string: the escapes are \\\", \\\\, \\/, \\b, \\f,"
                + " \\n, \\r, \\t and \\u followed by four hexadecimal digits");
        said.put("{\"a\":01}", "a number with a leading zero (01 is not a JSON number)");
        said.put("{\"a\":\u00A01}", "unexpected character U+00A0 where a value must stand: a value is "
                + JsonRefusals.VALUES);
        said.put("{\"a\":+1}", "a number with a leading '+' (JSON numbers have none)");
        said.put("{\"a\":NaN}", "'NaN' is not a JSON number (NaN and Infinity are none)");
        said.put("{\"a\":[1}", "'}' closes an object where none is open, or where the one open must be closed first");
        said.forEach((line, words) -> {
            String message = rejected(line);
            assertTrue(message.startsWith("malformed JSON at column ") && message.endsWith(": " + words),
                    () -> line + " gave '" + message + "'");
        });
    }

    @Test
    void theOrderIdIsKeptWhenItWasReadBeforeTheLineBroke() {
        SettleRun run = SettleRun.settleLines(AS_OF, "{\"orderId\":\"SO-9\",\"product\":DDN}");
        assertEquals("SO-9", run.json(0).get("orderId").asText());
    }

    @Test
    void theOrderIdIsNullWhenItCouldNotBeRead() {
        SettleRun run = SettleRun.settleLines(AS_OF, "not json");
        assertTrue(run.json(0).get("orderId").isNull());
        assertTrue(run.json(0).has("orderId"), "orderId is present, as null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"SO-1\"", "42", "null", "true"})
    void aLineMustHoldAJsonObject(String line) {
        assertMentions(rejected(line), "not a JSON object");
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        String message = rejected(order("product", null, "acceptedOn", null));
        assertEquals("product: required field is missing; acceptedOn: required field is missing", message);
    }

    @Test
    void aMissingOrderIdIsNamedAndTheRecordCarriesNullForIt() {
        SettleRun run = SettleRun.settleLines(AS_OF, order("orderId", null));
        assertMentions(run.onlyError(), "orderId: required field is missing");
        assertTrue(run.json(0).get("orderId").isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "\"\"", "null", "{\"id\":1}"})
    void theOrderIdMustBeANonEmptyString(String orderId) {
        assertMentions(rejected(order("orderId", orderId)), "orderId: must");
    }

    @Test
    void anUnknownProductIsNamedWithTheValidOnes() {
        assertMentions(rejected(order("product", "\"ISDN\"")),
                "product: must be one of DIGITAL_CIRCUIT, DDN, FR, ATM, was 'ISDN'");
    }

    @Test
    void productNamesAreCaseSensitive() {
        assertMentions(rejected(order("product", "\"ddn\"")), "product:", "'ddn'");
    }

    @Test
    void anUnknownProvisioningClassIsNamedWithTheValidOnes() {
        assertMentions(rejected(order("provisioningClass", "\"SAME_DAY\"")),
                "provisioningClass: must be one of EXPRESS, URGENT, NORMAL, was 'SAME_DAY'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/09/25", "2026-9-25", "25-09-2026", "2026-09-25T00:00", "", "2026-O9-25"})
    void aDateMustBeWrittenYyyyMmDd(String date) {
        assertMentions(rejected(order("acceptedOn", "\"" + date + "\"")), "acceptedOn: must be a date written YYYY-MM-DD");
    }

    @Test
    void aDateMustBeAString() {
        assertMentions(rejected(order("completedOn", "20261020")), "completedOn: must be a date string YYYY-MM-DD");
    }

    @Test
    void aDateMustBeARealOne() {
        assertMentions(rejected(order("completedOn", "\"2026-02-30\"")),
                "completedOn: '2026-02-30' is not a real date: 2026-02 has 28 days");
        assertMentions(rejected(order("acceptedOn", "\"2026-13-01\"")), "acceptedOn: '2026-13-01' is not a real date");
    }

    @Test
    void aNegativeFeeIsRejected() {
        assertEquals("standardOneTimeFee must not be negative, was -1.00", rejected(order("standardOneTimeFee", "\"-1.00\"")));
        assertEquals("standardOneTimeFee must not be negative, was -1.00", rejected(order("standardOneTimeFee", "-1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"8,000.00\"", "\"\"", "\"NaN\"", "\" 8000\""})
    void aFeeMustBeANumber(String fee) {
        assertMentions(rejected(order("standardOneTimeFee", fee)), "standardOneTimeFee:", "is not a decimal amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "null", "[8000]"})
    void aFeeMustBeAStringOrANumber(String fee) {
        assertMentions(rejected(order("standardOneTimeFee", fee)), "standardOneTimeFee: must be an amount of yuan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"100.005\"", "100.005", "\"1e-3\""})
    void aFeeFinerThanAFenIsRejectedNotRounded(String fee) {
        assertMentions(rejected(order("standardOneTimeFee", fee)), "standardOneTimeFee:", "finer than a fen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1e999999999\"", "1E+400000000", "\"1e-999999999\"", "\"1000000000000000000000000000000000000000000\""})
    void anAbsurdFeeIsRejectedWithoutExpandingIt(String fee) {
        assertMentions(rejected(order("standardOneTimeFee", fee)), "standardOneTimeFee:");
    }

    @Test
    void completionBeforeAcceptanceIsRejected() {
        assertMentions(rejected(order("completedOn", "\"2026-09-24\"")), "completedOn 2026-09-24 is before acceptedOn 2026-09-25");
    }

    @Test
    void anOpenOrderAcceptedAfterTheAsOfDateIsRejected() {
        SettleRun run = SettleRun.settleLines("2026-09-01", order("completedOn", null));
        assertMentions(run.onlyError(), "as-of date 2026-09-01 is before acceptedOn 2026-09-25");
    }

    @Test
    void aDateOutsideTheCalendarIsNamed() {
        assertMentions(rejected(order("acceptedOn", "\"2022-12-30\"", "completedOn", "\"2023-02-01\"")),
                "acceptedOn: 2022-12-30 is outside the working-day calendar");
    }

    @Test
    void aDateInAYearNotYetSuppliedIsNotYetKnownNotRejected() {
        SettleRun run = SettleRun.settleLines(AS_OF_FOR_NEXT_YEAR, order("acceptedOn", "\"2026-12-01\"", "completedOn", "\"2027-01-20\""),
                order("acceptedOn", "\"2026-12-28\"", "completedOn", "\"2026-12-30\""));
        assertEquals(SettleCommand.SOME_NOT_YET_KNOWN, run.exitCode());
        assertMentions(run.json(0).get("notYetKnown").asText(), "not yet known: completedOn: 2027-01-20 is outside the working-day calendar");
        assertMentions(run.json(1).get("notYetKnown").asText(), "acceptedOn: working day 8 after 2026-12-28 falls after 2026-12-31");
        assertEquals(2, run.json(1).get("line").asInt());
    }

    static final String AS_OF_FOR_NEXT_YEAR = "2026-12-31";

    @Test
    void allIndependentProblemsOfALineAreReportedInOneMessage() {
        String message = rejected(order("product", "\"ISDN\"", "acceptedOn", "\"2026-02-30\"",
                "standardOneTimeFee", "\"-5\"", "provisioningClass", null));
        assertEquals(4, message.split("; ").length, message);
        assertMentions(message, "product:", "acceptedOn:", "standardOneTimeFee must not be negative", "provisioningClass: required field is missing");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertMentions(rejected("{\"orderId\":\"SO-1\"," + order().substring(1)), "malformed JSON",
                "the field 'orderId' is given twice");
    }

    @Test
    void contentAfterTheObjectIsRejected() {
        assertMentions(rejected(order() + " {}"), "unexpected content after the JSON object");
        assertMentions(rejected(order() + " x"), "unexpected content after the JSON object");
        assertMentions(rejected(order() + order()), "unexpected content after the JSON object");
    }
}
