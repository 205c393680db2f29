package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.CustomerTestData;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.kernel.Changed;

import java.time.Instant;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random master-data amendments (renames, moves, re-issued and corrected documents, postal and installation
 * addresses, effective now or earlier, sometimes too early or in the future): the state as of any moment equals
 * replaying the history (the registration and the accepted {@code MasterDataChanged} events) to that moment; each
 * event's value before is the value in effect when it was recorded; the history restores; erasure leaves nothing of
 * the person in the history or any past state; nothing renders a whole document or address line.
 */
class CustomerMasterDataPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final CustomerId SELF = CustomerId.of("C-1");
    private static final Seq<CityCode> CITIES = List.of("440300", "440100", "320100", "110100").map(CityCode::new);
    private static final Seq<CircuitRef> CIRCUITS = List.of("DDN-1", "DDN-2").map(CircuitRef::of);
    private static final Seq<String> LINES = List.of("Keyuan Road 8, Room 1201", "Shennan Avenue 6001, Floor 17",
            "Zhongshan Road 321, Unit 5");

    record Start(CustomerGroup group, IdentityDocument document) {
    }

    /** An amendment given {@code minutesLater} after the previous command, effective {@code minutesBack} before it. */
    record Step(String name, int minutesLater, int minutesBack, Function<Instant, Amendment> amendment) {
        @Override
        public String toString() {
            return name + " (+" + minutesLater + " min, effective " + minutesBack + " min back)";
        }
    }

    record Run(Customer customer, Seq<CustomerEvent> events, Instant end) {
    }

    private static Run run(Start start, Seq<Step> steps) {
        Changed<Customer, CustomerEvent> registered = Accepted.accepted(Customer.register(SELF,
                new Registration(start.group(), "Customer One", start.document(), CITIES.head()), T0));
        Customer customer = registered.state();
        Seq<CustomerEvent> events = registered.events();
        Instant clock = T0;
        for (Step step : steps) {
            clock = clock.plusSeconds(60L * step.minutesLater());
            MasterData before = customer.masterData();
            Either<CustomerRejection, Changed<Customer, CustomerEvent>> result = customer.amend(
                    step.amendment().apply(clock.minusSeconds(60L * step.minutesBack())), clock);
            if (result.isRight()) {
                Changed<Customer, CustomerEvent> changed = result.get();
                Instant at = clock;
                assertTrue(changed.events().forAll(e -> e instanceof CustomerEvent.MasterDataChanged m
                        && m.occurredAt().equals(at) && valueBefore(m.change(), before)), () -> step + ": " + changed);
                assertEquals(changed.changedNothing(), before.equals(changed.state().masterData()));
                customer = changed.state();
                events = events.appendAll(changed.events());
            }
        }
        return new Run(customer, events, clock);
    }

    @Property
    void theStateAsOfAnyMomentIsTheHistoryReplayedToIt(@ForAll("starts") Start start,
                                                      @ForAll("sequences") Seq<Step> steps) {
        Run run = run(start, steps);
        Seq<Instant> probes = run.events().flatMap(e -> e instanceof CustomerEvent.MasterDataChanged m
                        ? List.of(m.change().effectiveFrom(), m.change().effectiveFrom().minusSeconds(1),
                        m.change().recordedAt()) : List.<Instant>empty())
                .appendAll(List.of(T0.minusSeconds(1), T0, run.end(), run.end().plusSeconds(86_400)));
        for (Instant at : probes) {
            assertEquals(replay(run.events(), at), run.customer().masterDataAsOf(at), () -> "as of " + at);
        }
        assertEquals(Option.some(run.customer().masterData()), replay(run.events(), Instant.MAX));
        Statistics.label("master-data changes").collect(Math.min(run.customer().masterDataHistory().size(), 5));
        Statistics.label("changes recorded after they took effect").collect(run.customer().masterDataHistory()
                .exists(c -> c.effectiveFrom().isBefore(c.recordedAt())));
        Statistics.label("changes recorded after they took effect").coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    /**
     * Bitemporal: the state as of any moment, as the record stood at any moment, is the history recorded by then
     * replayed to the first; known now, it is the state as of that moment.
     */
    @Property(tries = 300)
    void theStateAsOfAnyMomentAsKnownAtAnyMomentIsTheHistoryRecordedByThenReplayed(
            @ForAll("starts") Start start, @ForAll("sequences") Seq<Step> steps) {
        Run run = run(start, steps);
        Seq<Instant> probes = run.events().flatMap(e -> e instanceof CustomerEvent.MasterDataChanged m
                        ? List.of(m.change().effectiveFrom(), m.change().effectiveFrom().minusSeconds(1),
                        m.change().recordedAt(), m.change().recordedAt().minusSeconds(1)) : List.<Instant>empty())
                .appendAll(List.of(T0, run.end())).distinct();
        for (Instant knownAt : probes) {
            Seq<CustomerEvent> known = run.events().filter(e -> !e.occurredAt().isAfter(knownAt));
            for (Instant at : probes) {
                assertEquals(known.isEmpty() ? Option.none() : replay(known, at),
                        run.customer().masterDataAsOf(at, knownAt),
                        () -> "as of " + at + ", known at " + knownAt);
            }
            assertEquals(run.customer().masterDataAsOf(knownAt), run.customer().masterDataAsOf(knownAt, Instant.MAX));
        }
    }

    @Property(tries = 300)
    void theHistoryRestoresAndABrokenOneDoesNot(@ForAll("starts") Start start, @ForAll("sequences") Seq<Step> steps) {
        Customer c = run(start, steps).customer();
        assertEquals(Either.right(c), restore(c, c.masterDataHistory()));
        if (c.masterDataHistory().nonEmpty()) {
            assertTrue(restore(c, c.masterDataHistory().init().append(swapped(c.masterDataHistory().last()))).isLeft(),
                    "a last change that does not end at the current value");
        }
    }

    @Property(tries = 300)
    void erasureLeavesNothingOfThePersonInTheHistoryOrAnyPastState(@ForAll("people") Start start,
                                                                  @ForAll("sequences") Seq<Step> steps) {
        Run run = run(start, steps);
        Customer erased = Accepted.accepted(run.customer().erase(run.end().plusSeconds(60))).state();
        Seq<String> secrets = run.events().flatMap(CustomerMasterDataPropertiesTest::personal);
        Seq<Object> held = List.<Object>of(erased.masterData()).appendAll(erased.masterDataHistory())
                .appendAll(run.events().flatMap(e -> e instanceof CustomerEvent.MasterDataChanged m
                        ? List.of(m.change().effectiveFrom(), m.change().recordedAt()) : List.<Instant>empty())
                        .append(T0).flatMap(erased::masterDataAsOf));
        for (Object value : held) {
            String all = value instanceof MasterData m ? texts(m) : value instanceof MasterDataChange c ? texts(c) : "";
            for (String secret : secrets) {
                assertFalse(all.contains(secret), () -> "keeps " + secret + " in " + value);
            }
        }
        assertEquals(run.customer().masterDataHistory().size(), erased.masterDataHistory().size(),
                "the history keeps its changes, anonymised");
        assertEquals(Either.right(erased), restore(erased, erased.masterDataHistory()));
        assertTrue(erased.amend(Amendment.rename("Wang Wu", run.end().plusSeconds(60)), run.end().plusSeconds(60))
                .isLeft());
    }

    @Property(tries = 300)
    void noRenderingShowsAWholeDocumentOrAddressLine(@ForAll("starts") Start start, @ForAll("sequences") Seq<Step> steps) {
        Run run = run(start, steps);
        Seq<String> secrets = run.events().flatMap(CustomerMasterDataPropertiesTest::personal)
                .filter(s -> !s.startsWith("Customer") && !s.equals("张三"));   // names show, as elsewhere
        Seq<String> renderings = run.events().map(Object::toString).append(run.customer().toString())
                .append(run.customer().masterData().toString());
        for (String text : renderings) {
            for (String secret : secrets) {
                assertFalse(text.contains(secret), () -> "shows " + secret + ": " + text);
            }
        }
    }

    // ---- the oracle: the history replayed from the events' fields -------------------------------------------------

    private static Option<MasterData> replay(Seq<CustomerEvent> events, Instant at) {
        CustomerEvent.Registered registered = (CustomerEvent.Registered) events.head();
        if (at.isBefore(registered.occurredAt())) {
            return Option.none();
        }
        MasterData state = new MasterData(registered.name(), registered.city(), registered.document(), Option.none(),
                TreeMap.empty());
        for (CustomerEvent e : events.tail()) {
            MasterDataChange c = ((CustomerEvent.MasterDataChanged) e).change();
            if (!c.effectiveFrom().isAfter(at)) {
                state = after(c, state);
            }
        }
        return Option.some(state);
    }

    private static MasterData after(MasterDataChange c, MasterData s) {
        if (c instanceof MasterDataChange.Renamed r) {
            return new MasterData(r.after(), s.city(), s.document(), s.postalAddress(), s.installationAddresses());
        } else if (c instanceof MasterDataChange.Moved m) {
            return new MasterData(s.name(), m.after(), s.document(), s.postalAddress(), s.installationAddresses());
        } else if (c instanceof MasterDataChange.DocumentChanged d) {
            return new MasterData(s.name(), s.city(), d.after(), s.postalAddress(), s.installationAddresses());
        } else if (c instanceof MasterDataChange.PostalAddressChanged p) {
            return new MasterData(s.name(), s.city(), s.document(), p.after(), s.installationAddresses());
        }
        MasterDataChange.InstallationAddressChanged i = (MasterDataChange.InstallationAddressChanged) c;
        return new MasterData(s.name(), s.city(), s.document(), s.postalAddress(), i.after().fold(
                () -> s.installationAddresses().remove(i.circuit()), a -> s.installationAddresses().put(i.circuit(), a)));
    }

    /** The change with its values before and after swapped. */
    private static MasterDataChange swapped(MasterDataChange c) {
        if (c instanceof MasterDataChange.Renamed r) {
            return new MasterDataChange.Renamed(r.after(), r.before(), r.effectiveFrom(), r.recordedAt());
        } else if (c instanceof MasterDataChange.Moved m) {
            return new MasterDataChange.Moved(m.after(), m.before(), m.effectiveFrom(), m.recordedAt());
        } else if (c instanceof MasterDataChange.DocumentChanged d) {
            return new MasterDataChange.DocumentChanged(d.reason(), d.after(), d.before(), d.effectiveFrom(),
                    d.recordedAt());
        } else if (c instanceof MasterDataChange.PostalAddressChanged p) {
            return new MasterDataChange.PostalAddressChanged(p.after(), p.before(), p.effectiveFrom(), p.recordedAt());
        }
        MasterDataChange.InstallationAddressChanged i = (MasterDataChange.InstallationAddressChanged) c;
        return new MasterDataChange.InstallationAddressChanged(i.circuit(), i.after(), i.before(), i.effectiveFrom(),
                i.recordedAt());
    }

    /** Whether the change's value before is {@code state}'s. */
    private static boolean valueBefore(MasterDataChange c, MasterData state) {
        if (c instanceof MasterDataChange.Renamed r) {
            return r.before().equals(state.name());
        } else if (c instanceof MasterDataChange.Moved m) {
            return m.before().equals(state.city());
        } else if (c instanceof MasterDataChange.DocumentChanged d) {
            return d.before().equals(state.document());
        } else if (c instanceof MasterDataChange.PostalAddressChanged p) {
            return p.before().equals(state.postalAddress());
        }
        MasterDataChange.InstallationAddressChanged i = (MasterDataChange.InstallationAddressChanged) c;
        return i.before().equals(state.installationAddresses().get(i.circuit()));
    }

    /** The names, whole document numbers and address lines an event carried. */
    private static Seq<String> personal(CustomerEvent event) {
        if (event instanceof CustomerEvent.Registered r) {
            return List.of(r.document().unmasked());
        }
        return event instanceof CustomerEvent.MasterDataChanged m ? List.of(texts(m.change()).split("\n"))
                .filter(s -> !s.isEmpty() && !s.equals(Customer.ERASED_NAME)) : List.empty();
    }

    /** Every name, whole document number and address line in the value, one a line. */
    private static String texts(MasterData m) {
        return m.name() + "\n" + m.document().unmasked() + "\n" + m.postalAddress().toList().map(Address::unmaskedLine)
                .appendAll(m.installationAddresses().values().map(Address::unmaskedLine)).mkString("\n");
    }

    private static String texts(MasterDataChange c) {
        if (c instanceof MasterDataChange.Renamed r) {
            return r.before() + "\n" + r.after();
        } else if (c instanceof MasterDataChange.DocumentChanged d) {
            return d.before().unmasked() + "\n" + d.after().unmasked();
        } else if (c instanceof MasterDataChange.PostalAddressChanged p) {
            return p.before().toList().appendAll(p.after()).map(Address::unmaskedLine).mkString("\n");
        } else if (c instanceof MasterDataChange.InstallationAddressChanged i) {
            return i.before().toList().appendAll(i.after()).map(Address::unmaskedLine).mkString("\n");
        }
        return "";
    }

    private static Either<org.telecrm.kernel.RestoreError, Customer> restore(Customer c, Seq<MasterDataChange> history) {
        return Customer.restore(c.getId(), c.group(), c.name(), c.document(), c.city(), c.registeredAt(), c.lifecycle(),
                c.grade(), c.managerAssignments(), c.contacts(), c.primaryContact(), c.structure(), c.file(),
                c.churnWarning(), c.postalAddress(), c.installationAddresses(), history);
    }

    // ---- generators --------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Start> starts() {
        Arbitrary<Start> organisation = Combinators.combine(
                Arbitraries.of(CustomerGroup.COMMERCIAL, CustomerGroup.KEY_ACCOUNT), CustomerTestData.usccs())
                .as(Start::new);
        return Arbitraries.oneOf(people(), organisation);
    }

    @Provide
    Arbitrary<Start> people() {
        return Arbitraries.<IdentityDocument>oneOf(CustomerTestData.residentIdentityNumbers(),
                CustomerTestData.passports()).map(d -> new Start(CustomerGroup.PUBLIC, d));
    }

    @Provide
    Arbitrary<Seq<Step>> sequences() {
        return step().list().ofMinSize(3).ofMaxSize(30).map(List::ofAll);
    }

    private static Arbitrary<Step> step() {
        Arbitrary<Integer> later = Arbitraries.integers().between(0, 600);
        Arbitrary<Integer> back = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 900)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-60, -1)));   // the future: refused
        Arbitrary<Option<Address>> address = Combinators.combine(Arbitraries.of(CITIES.toJavaList()),
                        Arbitraries.of(LINES.toJavaList()), Arbitraries.of("518057", "510000").injectNull(0.3))
                .as((city, line, postcode) -> new Address(city, line, Option.of(postcode))).injectNull(0.2)
                .map(Option::of);
        Arbitrary<IdentityDocument> document = Arbitraries.oneOf(CustomerTestData.residentIdentityNumbers(),
                CustomerTestData.passports(), CustomerTestData.usccs());
        Arbitrary<Seq<CustomerId>> holders = Arbitraries.of(List.<CustomerId>empty(), List.of(SELF),
                List.of(CustomerId.of("C-2")));
        return Arbitraries.oneOf(
                Combinators.combine(later, back, Arbitraries.of("Customer One", "Customer Two", "张三", " "))
                        .as((m, b, n) -> new Step("rename " + n, m, b, from -> Amendment.rename(n, from))),
                Combinators.combine(later, back, Arbitraries.of(CITIES.toJavaList()))
                        .as((m, b, c) -> new Step("move " + c.code(), m, b, from -> Amendment.move(c, from))),
                Combinators.combine(later, back, Arbitraries.of(DocumentChangeReason.class), document, holders)
                        .as((m, b, r, d, h) -> new Step("document " + r + " " + d + " held by " + h, m, b,
                                from -> Amendment.changeDocument(r, d, h, from))),
                Combinators.combine(later, back, address).as((m, b, a) -> new Step("postal " + a, m, b,
                        from -> Amendment.postalAddress(a, from))),
                Combinators.combine(later, back, Arbitraries.of(CIRCUITS.toJavaList()), address)
                        .as((m, b, k, a) -> new Step("installation " + k + " " + a, m, b,
                                from -> Amendment.installationAddress(k, a, from))));
    }
}
