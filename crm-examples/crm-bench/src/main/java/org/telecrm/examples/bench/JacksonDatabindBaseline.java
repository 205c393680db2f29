package org.telecrm.examples.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telecrm.examples.settle.BoundedLineReader;
import org.telecrm.examples.settle.Settlement;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The common way to write such a tool, for comparison: the same line reading, then Jackson data binding,
 * {@code ObjectMapper.readValue} into a record of strings and {@code writeValueAsString} of an output record,
 * with no validation and no settlement.
 */
public final class JacksonDatabindBaseline {

    private final ObjectMapper mapper = new ObjectMapper(Settlement.jsonFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** An input line's fields, as text. */
    public record OrderText(String orderId, String customerId, String product, String provisioningClass,
                            String standardOneTimeFee, String acceptedOn, String completedOn) {
    }

    /** An object of the shape of a settle result. */
    public record ResultText(String orderId, String dueOn, int workingDaysLate, String chargedOneTimeFee,
                             String compensation, boolean capped) {
    }

    /** Copies every line of {@code in} to {@code out}; returns the number of lines written. */
    public long copy(InputStream in, OutputStream out) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, BoundedLineReader.MAX_LINE_CHARS);
        long written = 0;
        while (lines.next()) {
            if (lines.tooLong() || lines.blank()) {
                continue;
            }
            OrderText order = mapper.readValue(lines.buffer(), lines.start(), lines.length(), OrderText.class);
            ResultText result = new ResultText(order.orderId(), order.acceptedOn(),
                    order.completedOn() == null ? 0 : order.completedOn().length(),
                    order.standardOneTimeFee(), order.standardOneTimeFee(), false);
            out.write(mapper.writeValueAsString(result).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            written++;
        }
        out.flush();
        return written;
    }
}
