package org.telecrm.examples.settle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.money.Money;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.provisioning.AssessmentError;
import org.telecrm.sla.provisioning.ProvisioningCase;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads one input line, a JSON object, into an {@link OrderLine}, or says everything that is wrong with it.
 *
 * <p>Streaming (one Jackson {@link JsonParser} over the line's bytes, fields taken as they come) rather than
 * data binding, because this runs once per order on inputs of millions of lines. Each field is checked on its
 * own, so a line with a bad product and a bad date gets one message naming both. Checks that need several
 * fields together (completion before acceptance, dates the calendar does not know) are the engine's.
 *
 * <p>Amounts never pass through {@code double}: a fee given as a JSON number is taken as the number's text.
 */
final class OrderLineParser {

    private static final Product[] PRODUCTS = Product.values();
    private static final ProvisioningClass[] CLASSES = ProvisioningClass.values();
    private static final String PRODUCT_NAMES = names(PRODUCTS);
    private static final String CLASS_NAMES = names(CLASSES);

    private final JsonFactory json;
    private final LocalDate asOf;

    /** @param asOf the day an order that is still open is settled as of */
    OrderLineParser(JsonFactory json, LocalDate asOf) {
        this.json = json;
        this.asOf = asOf;
    }

    /**
     * The order in {@code chars[offset .. offset + length)} (the line already decoded as strict UTF-8, see
     * {@link StrictUtf8}), or the line's problems. Whatever the characters hold, the answer is a value: every
     * refusal of Jackson's, its size limits included, becomes a {@link LineProblem} naming the column.
     *
     * @throws IOException only if Jackson fails other than on the line's content, which reading characters in
     *                     memory does not
     */
    Either<LineProblem, OrderLine> parse(char[] chars, int offset, int length) throws IOException {
        Fields fields = new Fields();
        try (JsonParser p = json.createParser(chars, offset, length)) {
            try {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    return Either.left(new LineProblem(Option.none(),
                            "not a JSON object: each line must hold one {...} object, this one holds " + describe(p)));
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.read(name, p);
                }
                fields.afterObject = true;
                if (p.nextToken() != null) {
                    fields.problem("unexpected content after the JSON object: " + describe(p));
                }
            } catch (JsonProcessingException malformed) {
                // A limit exception (StreamConstraintsException) has no location: the parser's is used, read
                // here, before the parser is closed.
                JsonLocation where = malformed.getLocation() != null ? malformed.getLocation() : p.currentLocation();
                fields.problem((fields.afterObject ? "unexpected content after the JSON object" : "malformed JSON")
                        + " at column " + where.getColumnNr() + ": " + JsonRefusals.describe(malformed));
                return Either.left(fields.lineProblem());
            }
        }
        return fields.toOrderLine(asOf);
    }

    /** A fee: a non-negative amount to the fen, or the message naming the field. */
    private static Either<String, Money> parseFee(String text) {
        // Negative is checked here, not left to the engine, so that it is reported along with the line's other
        // problems; in the engine's words.
        return Money.parse(text)
                .mapLeft(error -> "standardOneTimeFee: " + error.message())
                .filterOrElse(fee -> !fee.isNegative(), fee -> new AssessmentError.NegativeFee(fee).message());
    }

    /** Describes the current value for a message, and moves past it if it is an object or an array. */
    private static String describe(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case VALUE_STRING:
                return "'" + Texts.abbreviate(p.getText()) + "'";
            case START_OBJECT:
                p.skipChildren();
                return "an object";
            case START_ARRAY:
                p.skipChildren();
                return "an array";
            default:
                return Texts.abbreviate(p.getText());
        }
    }

    /**
     * What one line's fields hold so far, and what is wrong with them. A mutable scratch pad that lives for one
     * line: a value field is null while not given or not valid (its problem is then recorded), and the
     * {@code seen} flags tell a missing field from an invalid one.
     */
    private static final class Fields {
        String orderId;
        Product product;
        ProvisioningClass provisioningClass;
        Money fee;
        LocalDate acceptedOn;
        LocalDate completedOn;
        boolean seenOrderId;
        boolean seenProduct;
        boolean seenClass;
        boolean seenFee;
        boolean seenAcceptedOn;
        boolean afterObject;
        List<String> problems = List.empty();

        void read(String name, JsonParser p) throws IOException {
            switch (name) {
                case "orderId":
                    seenOrderId = true;
                    if (p.currentToken() != JsonToken.VALUE_STRING) {
                        problem("orderId: must be a string, was " + describe(p));
                    } else if (p.getTextLength() == 0) {
                        problem("orderId: must not be empty");
                    } else if (!Texts.isWellFormed(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
                        problem("orderId: holds an unpaired surrogate escape (\\uD800-\\uDFFF alone is not text), was '"
                                + Texts.abbreviate(p.getText()) + "'");
                    } else {
                        orderId = p.getText();
                    }
                    break;
                case "product":
                    seenProduct = true;
                    product = oneOf("product", PRODUCTS, PRODUCT_NAMES, p);
                    break;
                case "provisioningClass":
                    seenClass = true;
                    provisioningClass = oneOf("provisioningClass", CLASSES, CLASS_NAMES, p);
                    break;
                case "standardOneTimeFee":
                    seenFee = true;
                    fee = fee(p);
                    break;
                case "acceptedOn":
                    seenAcceptedOn = true;
                    acceptedOn = date("acceptedOn", p);
                    break;
                case "completedOn":
                    completedOn = p.currentToken() == JsonToken.VALUE_NULL ? null : date("completedOn", p);
                    break;
                default:
                    p.skipChildren(); // customerId and unknown fields: not needed to settle
            }
        }

        /** The constant the string value names, matched in the parser's buffer (no String is made for it). */
        private <E extends Enum<E>> E oneOf(String field, E[] values, String names, JsonParser p) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                char[] text = p.getTextCharacters();
                int offset = p.getTextOffset();
                int length = p.getTextLength();
                for (E value : values) {
                    if (Texts.sameText(value.name(), text, offset, length)) {
                        return value;
                    }
                }
            }
            problem(field + ": must be one of " + names + ", was " + describe(p));
            return null;
        }

        private Money fee(JsonParser p) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                problem("standardOneTimeFee: must be an amount of yuan as a decimal string or a JSON number, was " + describe(p));
                return null;
            }
            // For a number, getText() is its text as written: the amount is read exactly, never via double.
            Either<String, Money> fee = parseFee(p.getText());
            if (fee.isLeft()) {
                problem(fee.getLeft());
                return null;
            }
            return fee.get();
        }

        private LocalDate date(String field, JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                problem(field + ": must be a date string YYYY-MM-DD, was " + describe(p));
                return null;
            }
            Either<String, LocalDate> date = IsoDates.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (date.isLeft()) {
                problem(field + ": " + date.getLeft());
                return null;
            }
            return date.get();
        }

        void problem(String message) {
            problems = problems.append(message);
        }

        Either<LineProblem, OrderLine> toOrderLine(LocalDate asOf) {
            missing("orderId", seenOrderId);
            missing("product", seenProduct);
            missing("provisioningClass", seenClass);
            missing("standardOneTimeFee", seenFee);
            missing("acceptedOn", seenAcceptedOn);
            if (!problems.isEmpty()) {
                return Either.left(lineProblem());
            }
            ProvisioningCase provisioningCase = completedOn == null
                    ? ProvisioningCase.openAsOf(product, provisioningClass, fee, acceptedOn, asOf)
                    : ProvisioningCase.completed(product, provisioningClass, fee, acceptedOn, completedOn);
            return Either.right(new OrderLine(orderId, provisioningCase));
        }

        private void missing(String field, boolean seen) {
            if (!seen) {
                problem(field + ": required field is missing");
            }
        }

        LineProblem lineProblem() {
            return new LineProblem(Option.of(orderId), problems.mkString("; "));
        }
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
