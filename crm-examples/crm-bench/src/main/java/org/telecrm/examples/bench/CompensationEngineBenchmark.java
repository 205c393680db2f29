package org.telecrm.examples.bench;

import io.vavr.control.Either;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.examples.generate.OrderGenerator;
import org.telecrm.sla.provisioning.AssessmentError;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.util.concurrent.TimeUnit;

/**
 * The compensation engine alone, one assessment per operation, cycling through 4096 generated cases (more
 * than a branch predictor can learn), against {@link NaiveProvisioningCompensation}, which gets the same
 * answers by walking the calendar day by day. The gap is what the indexed calendar buys; open orders, counted
 * to the as-of day years after acceptance, are where a walk hurts most.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CompensationEngineBenchmark {

    private static final int CASES = 4096;

    private final ProvisioningCase[] cases = new ProvisioningCase[CASES];
    private int next;
    private ProvisioningCompensation engine;
    private NaiveProvisioningCompensation naive;

    @Setup(Level.Trial)
    public void generateCases() {
        OrderGenerator generator = new OrderGenerator(42, 0);
        for (int i = 0; i < CASES; i++) {
            cases[i] = generator.nextOrder().toCase(SettleBenchmark.AS_OF);
        }
        engine = ProvisioningCompensation.rulesMdDefaults();
        naive = new NaiveProvisioningCompensation(WorkingDayCalendar.official());
    }

    @Benchmark
    public Either<AssessmentError, ProvisioningAssessment> engine() {
        return engine.assess(nextCase());
    }

    @Benchmark
    public Either<AssessmentError, ProvisioningAssessment> naiveDayByDay() {
        return naive.assess(nextCase());
    }

    private ProvisioningCase nextCase() {
        ProvisioningCase c = cases[next];
        next = (next + 1) & (CASES - 1);
        return c;
    }
}
