package org.telecrm.privacy.purpose;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;

import java.util.Objects;

/**
 * A use the library itself makes of a customer's personal information: for which {@link Purpose}, and which
 * information it needs (PIPL art. 6: the minimum for the purpose). Each is named and traceable to rules.md; a command
 * making the use asks {@link PurposeRegister#permit(PersonalDataUse, java.time.Instant)} first and is refused with
 * {@link PurposeRejection.NotAllowed} without a permit.
 *
 * <pre>{@code
 * register.permit(PersonalDataUse.RETURN_VISIT, at);   // Right(Permit) when service assurance holds name and phone
 * }</pre>
 *
 * @param name        what the use is, in the domain's words
 * @param purpose     why
 * @param information what it reads (not empty)
 * @param source      where the library's use comes from
 */
public record PersonalDataUse(String name, Purpose purpose, SortedSet<PersonalInformation> information,
                              String source) {

    /**
     * The return visit (回访, rules.md section 4): the customer is called, by name and phone number, after a service
     * is opened or a fault handled ({@code ServiceOrder.recordReturnVisit}). Service assurance, usually on the
     * contract.
     */
    public static final PersonalDataUse RETURN_VISIT = new PersonalDataUse("return visit", Purpose.SERVICE_ASSURANCE,
            TreeSet.of(PersonalInformation.NAME, PersonalInformation.PHONE_NUMBER), "rules.md section 4");

    /**
     * The churn early warning (流失预警, rules.md section 1): the customer's spend read to warn of churn, for a
     * retention offer. Retention marketing: on consent only ({@link PurposeRules#MARKETING_NEEDS_CONSENT}).
     */
    public static final PersonalDataUse CHURN_WARNING = new PersonalDataUse("churn early warning",
            Purpose.RETENTION_MARKETING, TreeSet.of(PersonalInformation.SPEND), "rules.md section 1");

    /**
     * The month-end list of customers warned of churn, by name, for the retention calls that follow (the month-end's
     * churn report). Retention marketing, as the warning itself.
     */
    public static final PersonalDataUse CHURN_LIST = new PersonalDataUse("month-end churn list",
            Purpose.RETENTION_MARKETING, TreeSet.of(PersonalInformation.NAME, PersonalInformation.SPEND),
            "rules.md section 1");

    public PersonalDataUse {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(information, "information");
        Objects.requireNonNull(source, "source");
        if (name.isBlank() || information.isEmpty()) {
            throw new IllegalArgumentException("a use of personal information is named and reads some, was '" + name
                    + "' reading " + information.size());
        }
    }

    /** The library's own uses. */
    public static Seq<PersonalDataUse> all() {
        return List.of(RETURN_VISIT, CHURN_WARNING, CHURN_LIST);
    }

    @Override
    public String toString() {
        return name + " (" + purpose + ": " + information.mkString(", ") + ")";
    }
}
