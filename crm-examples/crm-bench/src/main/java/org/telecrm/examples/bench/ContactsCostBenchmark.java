package org.telecrm.examples.bench;

import io.vavr.collection.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The cost curve of adding contacts to one customer (issue 17, item 5): {@code size} contacts added one after another
 * to a new key account, the whole run timed. {@code crm-bench} prints the ratios of 10,000 and 20,000 over 1,000,
 * measured in the same run: about 10 and 20 when each add costs the same whatever the contacts before it, 100 and
 * 400 were it linear per add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ContactsCostBenchmark {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    @Param({"1000", "10000", "20000"})
    public int size;

    private Customer registered;
    private ContactId[] ids;
    private ContactDetails[] details;

    @Setup(Level.Trial)
    public void customer() {
        registered = Customer.register(CustomerId.of("C-1"), new Registration(CustomerGroup.KEY_ACCOUNT,
                "Shenzhen Harbour Logistics Co., Ltd.", UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0C").get(),
                CityCode.parse("440300").get()), T0).get().state();
        // arrays: the benchmark's own lookups must not cost more with the size
        ids = List.range(0, size).map(i -> ContactId.of("K-" + i)).toJavaArray(ContactId[]::new);
        details = List.range(0, size).map(i -> ContactDetails.parse("Contact " + i, "engineer",
                        List.of(String.format("1380013%04d", i % 10_000)), io.vavr.control.Option.none()).get())
                .toJavaArray(ContactDetails[]::new);
    }

    @Benchmark
    public Customer addEveryContact() {
        Customer c = registered;
        Instant at = T0;
        for (int i = 0; i < size; i++) {
            at = at.plusSeconds(1);
            c = c.addContact(ids[i], details[i], at).get().state();
        }
        return c;
    }
}
