package org.telecrm.sla.provisioning;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the compensation engine needs to know of one circuit's provisioning: the product and class, the
 * standard one-time fee, the acceptance date, and whether and when it was completed.
 *
 * <pre>{@code
 * ProvisioningCase done = ProvisioningCase.completed(Product.DDN, ProvisioningClass.EXPRESS,
 *         Money.ofYuan(8000), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 20));
 * ProvisioningCase open = ProvisioningCase.openAsOf(Product.FR, ProvisioningClass.NORMAL,
 *         Money.ofYuan(1200), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30));
 * }</pre>
 *
 * @param standardOneTimeFee the circuit's standard one-time fee, before the class uplift
 */
@ValueObject
public record ProvisioningCase(Product product, ProvisioningClass provisioningClass, Money standardOneTimeFee,
                               LocalDate acceptedOn, Progress progress) {

    public ProvisioningCase {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(provisioningClass, "provisioningClass");
        Objects.requireNonNull(standardOneTimeFee, "standardOneTimeFee");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(progress, "progress");
    }

    public static ProvisioningCase completed(Product product, ProvisioningClass provisioningClass, Money fee,
                                             LocalDate acceptedOn, LocalDate completedOn) {
        return new ProvisioningCase(product, provisioningClass, fee, acceptedOn, new Progress.CompletedOn(completedOn));
    }

    public static ProvisioningCase openAsOf(Product product, ProvisioningClass provisioningClass, Money fee,
                                            LocalDate acceptedOn, LocalDate asOf) {
        return new ProvisioningCase(product, provisioningClass, fee, acceptedOn, new Progress.OpenAsOf(asOf));
    }

    /** Completed on a day, or still open and assessed as of a day. */
    public sealed interface Progress {

        /** The day the lateness is counted to: the completion day, or the as-of day of an open order. */
        LocalDate countedTo();

        record CompletedOn(LocalDate day) implements Progress {
            public CompletedOn {
                Objects.requireNonNull(day, "day");
            }

            public LocalDate countedTo() {
                return day;
            }
        }

        record OpenAsOf(LocalDate day) implements Progress {
            public OpenAsOf {
                Objects.requireNonNull(day, "day");
            }

            public LocalDate countedTo() {
                return day;
            }
        }
    }
}
