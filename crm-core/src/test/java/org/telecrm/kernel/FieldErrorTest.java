package org.telecrm.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.contact.ContactError;
import org.telecrm.customer.star.StarServiceError;
import org.telecrm.customer.value.ValueError;
import org.telecrm.sla.quality.QualityError;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The values' and engines' field errors and the restore rule's problems are one type to a host that reports them. */
class FieldErrorTest {

    @Test
    void errorsOfDifferentValuesAndEnginesAreReportedTheSameWay() {
        Seq<FieldError> refused = List.of(new ContactError.Blank("name"),
                new StarServiceError.Negative("visits", "-1"),
                new ValueError.Negative("revenue", "CNY -5.00"),
                new QualityError.OutOfRange("availability", "101%", "at most 100%"),
                new FieldProblem("file", "file entries must be in time order"));

        assertEquals(List.of("name", "visits", "revenue", "availability", "file"), refused.map(FieldError::field));
        assertEquals(List.of("name must not be blank", "visits must not be negative, was -1",
                        "revenue must not be negative, was CNY -5.00", "availability must be at most 100%, was 101%",
                        "file: file entries must be in time order"),
                refused.map(FieldError::message));
    }
}
