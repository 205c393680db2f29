package org.telecrm.customer.aggregate;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything a customer's accessors give back, as a value, and an independent oracle of what each event means:
 * {@link #apply} folds an event into a snapshot by the event's fields alone. A command's events describe exactly
 * its change when folding them over the old snapshot gives the new one.
 */
record CustomerSnapshot(CustomerId id, CustomerGroup group, String name, IdentityDocument document, CityCode city,
                        Instant registeredAt, Lifecycle lifecycle, Option<GradeRecord> grade,
                        Seq<ManagerAssignment> managerAssignments, Seq<Contact> contacts, Option<ContactId> primaryContact,
                        GroupStructure structure, Seq<FileEntry> file, Option<RaisedChurnWarning> churnWarning) {

    static CustomerSnapshot of(Customer c) {
        return new CustomerSnapshot(c.getId(), c.group(), c.name(), c.document(), c.city(), c.registeredAt(),
                c.lifecycle(), c.grade(), c.managerAssignments(), c.contacts(), c.primaryContact(), c.structure(),
                c.file(), c.churnWarning());
    }

    Customer restore() {
        return Customer.restore(id, group, name, document, city, registeredAt, lifecycle, grade, managerAssignments,
                contacts, primaryContact, structure, file, churnWarning).get();
    }

    static CustomerSnapshot registered(CustomerEvent.Registered e) {
        return new CustomerSnapshot(e.customerId(), e.group(), e.name(), e.document(), e.city(), e.occurredAt(),
                new Lifecycle.Prospect(e.occurredAt()), Option.none(), io.vavr.collection.List.empty(),
                io.vavr.collection.List.empty(), Option.none(), GroupStructure.INDEPENDENT, io.vavr.collection.List.empty(),
                Option.none());
    }

    /** The snapshot after {@code event}, read from the event's fields; asserts what the event says it changed from. */
    CustomerSnapshot apply(CustomerEvent event) {
        assertEquals(id, event.customerId(), "an event names its customer");
        if (event instanceof CustomerEvent.GroupChanged e) {
            assertEquals(group, e.from());
            return new CustomerSnapshot(id, e.to(), name, document, city, registeredAt, lifecycle, grade,
                    managerAssignments, contacts, primaryContact, structure, file, churnWarning);
        }
        if (event instanceof CustomerEvent.GradeChanged e) {
            assertEquals(grade.map(GradeRecord::grade), e.from());
            return withGrade(Option.some(new GradeRecord(e.to(), e.score(), e.reasons(), e.occurredAt())));
        }
        if (event instanceof CustomerEvent.ManagerAssigned e) {
            assertEquals(currentManager(), e.previous());
            return withAssignments(closed(e.assignedBy(), e.occurredAt())
                    .append(ManagerAssignment.starting(e.manager(), e.occurredAt(), e.assignedBy())));
        }
        if (event instanceof CustomerEvent.ManagerUnassigned e) {
            assertEquals(Option.some(e.manager()), currentManager());
            return withAssignments(closed(e.endedBy(), e.occurredAt()));
        }
        if (event instanceof CustomerEvent.ContactAdded e) {
            return withContacts(contacts.append(new Contact(e.contactId(), e.details())), primaryContact);
        }
        if (event instanceof CustomerEvent.ContactChanged e) {
            assertEquals(Option.some(e.before()), contacts.find(c -> c.id().equals(e.contactId())).map(Contact::details));
            return withContacts(contacts.map(c -> c.id().equals(e.contactId()) ? new Contact(c.id(), e.after()) : c),
                    primaryContact);
        }
        if (event instanceof CustomerEvent.ContactRemoved e) {
            assertEquals(Option.some(e.details()), contacts.find(c -> c.id().equals(e.contactId())).map(Contact::details));
            return withContacts(contacts.filter(c -> !c.id().equals(e.contactId())), primaryContact);
        }
        if (event instanceof CustomerEvent.PrimaryContactChanged e) {
            assertEquals(primaryContact, e.from());
            return withContacts(contacts, e.to());
        }
        if (event instanceof CustomerEvent.GroupStructureChanged e) {
            assertEquals(structure, e.from());
            return new CustomerSnapshot(id, group, name, document, city, registeredAt, lifecycle, grade,
                    managerAssignments, contacts, primaryContact, e.to(), file, churnWarning);
        }
        if (event instanceof CustomerEvent.FileEntryAdded e) {
            assertEquals(e.occurredAt(), e.entry().recordedAt());
            return new CustomerSnapshot(id, group, name, document, city, registeredAt, lifecycle, grade,
                    managerAssignments, contacts, primaryContact, structure, file.append(e.entry()), churnWarning);
        }
        if (event instanceof CustomerEvent.ChurnWarningRaised e) {
            return new CustomerSnapshot(id, group, name, document, city, registeredAt, lifecycle, grade,
                    managerAssignments, contacts, primaryContact, structure, file,
                    Option.some(new RaisedChurnWarning(e.level(), e.reasons(), e.occurredAt())));
        }
        if (event instanceof CustomerEvent.LifecycleChanged e) {
            assertEquals(lifecycle.stage(), e.from());
            Lifecycle next = switch (e.to()) {
                case PROSPECT -> new Lifecycle.Prospect(e.occurredAt());
                case ACTIVE -> new Lifecycle.Active(e.occurredAt());
                case DORMANT -> new Lifecycle.Dormant(e.occurredAt());
                case CHURNED -> new Lifecycle.Churned(e.occurredAt(), e.reason().get());
            };
            assertEquals(e.to() == Lifecycle.Stage.CHURNED, e.reason().isDefined());
            return new CustomerSnapshot(id, group, name, document, city, registeredAt, next, grade,
                    managerAssignments, contacts, primaryContact, structure, file, churnWarning);
        }
        if (event instanceof CustomerEvent.ContactErased e) {
            assertTrue(contacts.exists(c -> c.id().equals(e.contactId())), "the erased contact was there");
            return withContacts(contacts.filter(c -> !c.id().equals(e.contactId())), primaryContact);
        }
        if (event instanceof CustomerEvent.Erased) {
            assertEquals(CustomerGroup.PUBLIC, group, "only a person is erased");
            return new CustomerSnapshot(id, group, Customer.ERASED_NAME,
                    new org.telecrm.customer.identity.ErasedDocument(id.value()), city, registeredAt, lifecycle, grade,
                    managerAssignments, io.vavr.collection.List.empty(), Option.none(), structure, file, churnWarning);
        }
        throw new AssertionError("an existing customer does not get " + event);
    }

    private Option<org.telecrm.customer.AccountManagerId> currentManager() {
        return managerAssignments.lastOption().filter(ManagerAssignment::isCurrent).map(ManagerAssignment::manager);
    }

    private Seq<ManagerAssignment> closed(org.telecrm.customer.StaffId by, Instant at) {
        return managerAssignments.map(a -> a.isCurrent() ? a.endedAt(at, by) : a);
    }

    private CustomerSnapshot withGrade(Option<GradeRecord> g) {
        return new CustomerSnapshot(id, group, name, document, city, registeredAt, lifecycle, g, managerAssignments,
                contacts, primaryContact, structure, file, churnWarning);
    }

    private CustomerSnapshot withAssignments(Seq<ManagerAssignment> a) {
        return new CustomerSnapshot(id, group, name, document, city, registeredAt, lifecycle, grade, a, contacts,
                primaryContact, structure, file, churnWarning);
    }

    private CustomerSnapshot withContacts(Seq<Contact> c, Option<ContactId> primary) {
        return new CustomerSnapshot(id, group, name, document, city, registeredAt, lifecycle, grade,
                managerAssignments, c, primary, structure, file, churnWarning);
    }
}
