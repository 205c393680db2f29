package org.telecrm.persistence.tck;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.Contact;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.FileEntry;
import org.telecrm.customer.aggregate.GradeRecord;
import org.telecrm.customer.aggregate.GroupStructure;
import org.telecrm.customer.aggregate.Lifecycle;
import org.telecrm.customer.aggregate.ManagerAssignment;
import org.telecrm.customer.aggregate.MasterData;
import org.telecrm.customer.aggregate.MasterDataChange;
import org.telecrm.customer.aggregate.RaisedChurnWarning;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;

import java.time.Instant;

/**
 * Every field of a {@link Customer}, read through its public accessors, as one value: what the kit compares, since
 * {@code Customer} itself has identity equality. The identity document is compared as a value (kind and unmasked
 * number), so are the phone numbers inside the contacts. The master data (with its addresses) and its history are
 * compared as values.
 */
public record CustomerFields(CustomerId id, CustomerGroup group, String name, IdentityDocument document,
                             String unmaskedDocument, CityCode city, Instant registeredAt, Lifecycle lifecycle,
                             Option<GradeRecord> grade, Seq<ManagerAssignment> managerAssignments,
                             Seq<Contact> contacts, Option<ContactId> primaryContact, GroupStructure structure,
                             Seq<FileEntry> file, Option<RaisedChurnWarning> churnWarning, MasterData masterData,
                             Seq<MasterDataChange> masterDataHistory) {

    public static CustomerFields of(Customer c) {
        return new CustomerFields(c.getId(), c.group(), c.name(), c.document(), c.document().unmasked(), c.city(),
                c.registeredAt(), c.lifecycle(), c.grade(), c.managerAssignments(), c.contacts(), c.primaryContact(),
                c.structure(), c.file(), c.churnWarning(), c.masterData(), c.masterDataHistory());
    }
}
