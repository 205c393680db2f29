package org.telecrm.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import org.telecrm.examples.settle.BoundedLineReader;
import org.telecrm.examples.settle.Settlement;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The floor settle is measured against: the same line reading and the same Jackson streaming set-up, each line
 * parsed into the same field strings and an object of the output's shape written back the same way, but with no validation
 * and no settlement (the output's values are copied from the input's). What settle costs beyond this is the
 * price of checking and settling.
 */
public final class JacksonStreamingBaseline {

    // Pre-encoded field names, as settle's own writer uses.
    private static final SerializableString ORDER_ID = new SerializedString("orderId");
    private static final SerializableString DUE_ON = new SerializedString("dueOn");
    private static final SerializableString WORKING_DAYS_LATE = new SerializedString("workingDaysLate");
    private static final SerializableString CHARGED_ONE_TIME_FEE = new SerializedString("chargedOneTimeFee");
    private static final SerializableString COMPENSATION = new SerializedString("compensation");
    private static final SerializableString CAPPED = new SerializedString("capped");

    private final JsonFactory json = Settlement.jsonFactory();

    /** Copies every line of {@code in} to {@code out}; returns the number of lines written. */
    public long copy(InputStream in, OutputStream out) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, BoundedLineReader.MAX_LINE_CHARS);
        long written = 0;
        try (JsonGenerator g = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            while (lines.next()) {
                if (lines.tooLong() || lines.blank()) {
                    continue;
                }
                String orderId = null;
                String product = null;
                String provisioningClass = null;
                String fee = null;
                String acceptedOn = null;
                String completedOn = null;
                try (JsonParser p = json.createParser(lines.buffer(), lines.start(), lines.length())) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        switch (name) {
                            case "orderId" -> orderId = p.getText();
                            case "standardOneTimeFee" -> fee = p.getText();
                            case "acceptedOn" -> acceptedOn = p.getText();
                            case "completedOn" -> completedOn = p.getText();
                            case "product" -> product = p.getText();
                            case "provisioningClass" -> provisioningClass = p.getText();
                            default -> p.skipChildren();
                        }
                    }
                }
                // Every string read is used, so that the JIT cannot drop the reading of any.
                g.writeStartObject();
                g.writeFieldName(ORDER_ID);
                g.writeString(orderId);
                g.writeFieldName(DUE_ON);
                g.writeString(acceptedOn);
                g.writeFieldName(WORKING_DAYS_LATE);
                g.writeNumber(product.length() + provisioningClass.length() + (completedOn == null ? 0 : completedOn.length()));
                g.writeFieldName(CHARGED_ONE_TIME_FEE);
                g.writeString(fee);
                g.writeFieldName(COMPENSATION);
                g.writeString(fee);
                g.writeFieldName(CAPPED);
                g.writeBoolean(false);
                g.writeEndObject();
                g.writeRaw('\n');
                written++;
            }
        }
        return written;
    }
}
