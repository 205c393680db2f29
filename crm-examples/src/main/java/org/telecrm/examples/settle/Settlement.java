package org.telecrm.examples.settle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * The settle pipeline: JSON Lines of provisioning orders in, one result or error record per line out, in
 * input order.
 *
 * <p>It streams: one line at a time, read by a {@link BoundedLineReader}, decoded as strict UTF-8 by
 * {@link StrictUtf8} and parsed by its own Jackson parser,
 * assessed by the {@link ProvisioningCompensation} engine and written at once. Memory is the same for ten
 * lines or ten million. A bad line never stops the run: it becomes an error record and the next line is read.
 */
public final class Settlement {

    private final ProvisioningCompensation engine;
    private final OrderLineParser parser;
    private final JsonFactory json;
    private final StrictUtf8 utf8 = new StrictUtf8();

    /** @param asOf the day orders that are still open are settled as of */
    public Settlement(ProvisioningCompensation engine, LocalDate asOf) {
        this.engine = engine;
        this.json = jsonFactory();
        this.parser = new OrderLineParser(json, asOf);
    }

    /**
     * The JSON set-up settle reads and writes with: duplicate keys are an error (which of two values would
     * count is a guess), and output lines carry no separator but the newline settle writes.
     */
    public static JsonFactory jsonFactory() {
        return new JsonFactoryBuilder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(JsonRefusals.LIMITS)
                .rootValueSeparator((String) null)
                .build();
    }

    /**
     * Settles every line of {@code in} to {@code out} and flushes it; neither stream is closed.
     *
     * @throws IOException when reading {@code in} or writing {@code out} fails (bad lines do not throw)
     */
    public SettleSummary settle(InputStream in, OutputStream out) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, BoundedLineReader.MAX_LINE_CHARS);
        long settled = 0;
        long rejected = 0;
        long blank = 0;
        long notYetKnown = 0;
        LocalDate latest = null;
        try (ResultWriter results = new ResultWriter(json, out)) {
            while (lines.next()) {
                if (lines.tooLong()) {
                    results.rejected(lines.lineNumber(), Option.none(),
                            "line is longer than " + BoundedLineReader.MAX_LINE_CHARS + " characters (1 MiB); it was not read");
                    rejected++;
                } else if (lines.blank()) {
                    blank++;
                } else {
                    Either<LineProblem, OrderLine> order = line(lines);
                    if (order.isRight()) {
                        latest = later(latest, order.get().provisioningCase().acceptedOn());
                        latest = later(latest, order.get().provisioningCase().progress().countedTo());
                    }
                    Either<LineProblem, Settled> outcome = order.flatMap(this::assess);
                    if (outcome.isRight()) {
                        results.settled(outcome.get().orderId(), outcome.get().assessment());
                        settled++;
                    } else if (outcome.getLeft().notYetKnown()) {
                        results.notYetKnown(lines.lineNumber(), outcome.getLeft().orderId(), outcome.getLeft().message());
                        notYetKnown++;
                    } else {
                        results.rejected(lines.lineNumber(), outcome.getLeft().orderId(), outcome.getLeft().message());
                        rejected++;
                    }
                }
            }
        }
        return new SettleSummary(settled, rejected, blank, notYetKnown, Option.of(latest));
    }

    private static LocalDate later(LocalDate latest, LocalDate day) {
        return latest == null || day.isAfter(latest) ? day : latest;
    }

    private Either<LineProblem, OrderLine> line(BoundedLineReader lines) throws IOException {
        if (!utf8.decode(lines.buffer(), lines.start(), lines.length())) {
            return Either.left(new LineProblem(Option.none(), utf8.problem()));
        }
        return parser.parse(utf8.chars(), 0, utf8.length());
    }

    private Either<LineProblem, Settled> assess(OrderLine order) {
        return engine.assess(order.provisioningCase())
                .map(assessment -> new Settled(order.orderId(), assessment))
                .mapLeft(error -> new LineProblem(Option.of(order.orderId()), error.message(), error.notYetKnown()));
    }

    private record Settled(String orderId, ProvisioningAssessment assessment) {
    }
}
