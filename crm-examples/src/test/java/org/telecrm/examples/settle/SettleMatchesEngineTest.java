package org.telecrm.examples.settle;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.examples.generate.GeneratedOrder;
import org.telecrm.money.Money;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For valid orders, settle's output is the engine's answer, line for line: the command adds reading and
 * writing, never a different settlement.
 */
class SettleMatchesEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static final ProvisioningCompensation ENGINE = ProvisioningCompensation.rulesMdDefaults();

    @Property(tries = 1000)
    void eachOutputLineIsWhatTheEngineGivesForItsInputLine(@ForAll("orderLists") List<GeneratedOrder> orders) {
        SettleRun run = SettleRun.settleLines(AS_OF.toString(), orders.stream().map(GeneratedOrder::toJson).toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.lines().toString());
        assertEquals(orders.size(), run.lines().size(), "one output line per input line");
        for (int i = 0; i < orders.size(); i++) {
            GeneratedOrder order = orders.get(i);
            ProvisioningAssessment expected = ENGINE.assess(order.toCase(AS_OF)).get();
            JsonNode actual = run.json(i);
            assertEquals(order.orderId(), actual.get("orderId").asText());
            assertEquals(expected.dueOn().toString(), actual.get("dueOn").asText());
            assertEquals(expected.workingDaysLate(), actual.get("workingDaysLate").asInt());
            assertEquals(expected.chargedOneTimeFee(), Money.parse(actual.get("chargedOneTimeFee").asText()).get());
            assertEquals(expected.compensation(), Money.parse(actual.get("compensation").asText()).get());
            assertEquals(expected.capped(), actual.get("capped").asBoolean());
        }
    }

    @Provide
    Arbitrary<List<GeneratedOrder>> orderLists() {
        return orders().list().ofMinSize(1).ofMaxSize(40);
    }

    private static Arbitrary<GeneratedOrder> orders() {
        Arbitrary<LocalDate> accepted = Arbitraries.longs()
                .between(LocalDate.of(2023, 1, 1).toEpochDay(), LocalDate.of(2026, 11, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Option<Integer>> daysToComplete = Arbitraries.integers().between(0, 30).optional(0.8)
                .map(days -> Option.ofOptional(days));
        return Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(Product.class),
                Arbitraries.of(ProvisioningClass.class),
                Arbitraries.longs().between(0, 10_000_000_00L).map(Money::ofFen),
                Arbitraries.of(true, false),
                accepted,
                daysToComplete
        ).as((id, product, provisioningClass, fee, feeAsNumber, acceptedOn, days) ->
                new GeneratedOrder("SO-" + id, "C-1", product, provisioningClass, fee, feeAsNumber, acceptedOn,
                        days.map(acceptedOn::plusDays)));
    }
}
