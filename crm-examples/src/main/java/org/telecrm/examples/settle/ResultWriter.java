package org.telecrm.examples.settle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.vavr.control.Option;
import org.telecrm.sla.provisioning.ProvisioningAssessment;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes settle's output, one JSON object per line, through a single Jackson generator for the whole run
 * (it buffers and encodes UTF-8 itself). Field names are pre-encoded since they repeat on every line.
 *
 * <pre>
 * {"orderId":"SO-1","dueOn":"2026-10-13","workingDaysLate":5,"chargedOneTimeFee":"12000.00","compensation":"3000.00","capped":false}
 * {"line":7,"orderId":"SO-7","error":"acceptedOn: '2026-02-30' is not a real date: 2026-02 has 28 days"}
 * </pre>
 */
final class ResultWriter implements AutoCloseable {

    private static final SerializableString ORDER_ID = new SerializedString("orderId");
    private static final SerializableString DUE_ON = new SerializedString("dueOn");
    private static final SerializableString WORKING_DAYS_LATE = new SerializedString("workingDaysLate");
    private static final SerializableString CHARGED_ONE_TIME_FEE = new SerializedString("chargedOneTimeFee");
    private static final SerializableString COMPENSATION = new SerializedString("compensation");
    private static final SerializableString CAPPED = new SerializedString("capped");
    private static final SerializableString LINE = new SerializedString("line");
    private static final SerializableString ERROR = new SerializedString("error");
    private static final SerializableString NOT_YET_KNOWN = new SerializedString("notYetKnown");

    private final JsonGenerator out;
    /** Reused for each date written, so that no String is made for it. */
    private final char[] date = new char[IsoDates.LENGTH];

    /** Writes to {@code out} without closing it: the caller owns the stream (it may be standard output). */
    ResultWriter(JsonFactory json, OutputStream out) throws IOException {
        this.out = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    void settled(String orderId, ProvisioningAssessment assessment) throws IOException {
        out.writeStartObject();
        out.writeFieldName(ORDER_ID);
        out.writeString(orderId);
        out.writeFieldName(DUE_ON);
        IsoDates.write(assessment.dueOn(), date);
        out.writeString(date, 0, date.length);
        out.writeFieldName(WORKING_DAYS_LATE);
        out.writeNumber(assessment.workingDaysLate());
        out.writeFieldName(CHARGED_ONE_TIME_FEE);
        out.writeString(assessment.chargedOneTimeFee().toPlainString());
        out.writeFieldName(COMPENSATION);
        out.writeString(assessment.compensation().toPlainString());
        out.writeFieldName(CAPPED);
        out.writeBoolean(assessment.capped());
        out.writeEndObject();
        out.writeRaw('\n');
    }

    void rejected(long line, Option<String> orderId, String error) throws IOException {
        problem(line, orderId, ERROR, error);
    }

    /** A line whose money needs a year not supplied yet: {@code {"line":..,"orderId":..,"notYetKnown":".."}}. */
    void notYetKnown(long line, Option<String> orderId, String why) throws IOException {
        problem(line, orderId, NOT_YET_KNOWN, why);
    }

    private void problem(long line, Option<String> orderId, SerializableString kind, String text) throws IOException {
        out.writeStartObject();
        out.writeFieldName(LINE);
        out.writeNumber(line);
        out.writeFieldName(ORDER_ID);
        if (orderId.isDefined()) {
            out.writeString(orderId.get());
        } else {
            out.writeNull();
        }
        out.writeFieldName(kind);
        out.writeString(text);
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** Writes out what is buffered and flushes the stream; the stream stays open. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
