package org.telecrm.persistence.json;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.privacy.purpose.ConsentChannel;
import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalInformation;
import org.telecrm.privacy.purpose.Purpose;
import org.telecrm.privacy.purpose.PurposeRegister;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The purpose register's JSON: stored state the register refuses is a typed error, as the other aggregates'. */
class PurposeRegisterJsonTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void a_register_round_trips() {
        PurposeRegister register = PurposeRegister.empty(CustomerId.of("C-1"))
                .hold(Purpose.MARKETING, java.util.Set.of(PersonalInformation.PHONE_NUMBER),
                        new LawfulBasis.Consent(T0, ConsentChannel.ONLINE), T0).get().state();
        assertEquals(register, PurposeRegisterJson.read(PurposeRegisterJson.write(register)).get());
    }

    @Test
    void stored_marketing_on_a_contract_is_not_restorable_naming_the_processing() {
        PurposeRegister billing = PurposeRegister.empty(CustomerId.of("C-1"))
                .hold(Purpose.BILLING, java.util.Set.of(PersonalInformation.PHONE_NUMBER),
                        new LawfulBasis.Contract("SLA-1"), T0).get().state();
        String tampered = PurposeRegisterJson.write(billing).replace("\"BILLING\"", "\"MARKETING\"");
        JsonError error = PurposeRegisterJson.read(tampered).getLeft();
        JsonError.NotRestorable refused = assertInstanceOf(JsonError.NotRestorable.class, error);
        assertEquals("purpose register", refused.error().aggregate());
        assertEquals(List.of("held[0]"), refused.error().problems().map(FieldProblem::field));
    }

    @Test
    void stored_withdrawals_out_of_order_are_not_restorable() {
        LawfulBasis.Consent consent = new LawfulBasis.Consent(T0, ConsentChannel.ONLINE);
        PurposeRegister register = PurposeRegister.empty(CustomerId.of("C-1"))
                .hold(Purpose.MARKETING, TreeSet.of(PersonalInformation.PHONE_NUMBER).toJavaSet(), consent, T0)
                .get().state()
                .withdraw(Purpose.MARKETING, ConsentChannel.SMS, T0.plusSeconds(60)).get().state()
                .hold(Purpose.MARKETING, java.util.Set.of(PersonalInformation.PHONE_NUMBER), consent,
                        T0.plusSeconds(120)).get().state()
                .withdraw(Purpose.MARKETING, ConsentChannel.SMS, T0.plusSeconds(180)).get().state();
        String tampered = PurposeRegisterJson.write(register).replace(T0.plusSeconds(180).toString(),
                T0.plusSeconds(30).toString());
        JsonError.NotRestorable refused = assertInstanceOf(JsonError.NotRestorable.class,
                PurposeRegisterJson.read(tampered).getLeft());
        assertEquals(List.of("withdrawals[1].at"), refused.error().problems().map(FieldProblem::field));
    }
}
