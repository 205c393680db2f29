package org.telecrm.examples.generate;

import io.vavr.control.Option;
import org.telecrm.money.Money;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * An endless, deterministic source of random settle input: valid orders over every product and class, and,
 * if asked, a bad line of a different kind every K-th line.
 *
 * <p>Valid orders: accepted between 2023-01-01 and 2026-06-30, completed 0 to 60 days later (so always within
 * the 2026 calendar) or, one in ten, still open; fees 100.00 to 99,999.99 yuan to the fen, one in eight written
 * as a JSON number. Settled as of any day from 2026-06-30 to 2026-12-31, every valid order settles.
 *
 * <p>Lines are made one at a time, so a caller can stream any number of them in constant memory; the same
 * seed gives the same lines on any JVM ({@link SplittableRandom} is specified exactly).
 */
public final class OrderGenerator {

    private static final long FIRST_ACCEPTANCE = LocalDate.of(2023, 1, 1).toEpochDay();
    private static final long LAST_ACCEPTANCE = LocalDate.of(2026, 6, 30).toEpochDay();
    private static final int MAX_DAYS_TO_COMPLETE = 60;
    private static final long MIN_FEE_FEN = 100_00;
    private static final long MAX_FEE_FEN = 99_999_99;
    private static final Product[] PRODUCTS = Product.values();
    private static final ProvisioningClass[] CLASSES = ProvisioningClass.values();
    private static final BadLine[] BAD_LINES = BadLine.values();

    private final SplittableRandom random;
    /** Every badEvery-th line is bad; 0 for none. */
    private final long badEvery;
    private long lines;
    private long orders;
    private int badLines;

    /**
     * @param badEvery make every {@code badEvery}-th line a bad one; 0 for none
     */
    public OrderGenerator(long seed, long badEvery) {
        if (badEvery < 0) {
            throw new IllegalArgumentException("badEvery must not be negative, was " + badEvery);
        }
        this.random = new SplittableRandom(seed);
        this.badEvery = badEvery;
    }

    /** The next input line (no newline): a valid order, or on every badEvery-th line a bad one. */
    public String nextLine() {
        lines++;
        GeneratedOrder order = nextOrder();
        if (badEvery > 0 && lines % badEvery == 0) {
            return BAD_LINES[badLines++ % BAD_LINES.length].spoil(order);
        }
        return order.toJson();
    }

    /** The next valid order. */
    public GeneratedOrder nextOrder() {
        LocalDate acceptedOn = LocalDate.ofEpochDay(random.nextLong(FIRST_ACCEPTANCE, LAST_ACCEPTANCE + 1));
        Option<LocalDate> completedOn = random.nextInt(10) == 0
                ? Option.none()
                : Option.some(acceptedOn.plusDays(random.nextInt(MAX_DAYS_TO_COMPLETE + 1)));
        orders++;
        return new GeneratedOrder(
                "SO-" + orders,
                "C-" + random.nextInt(100_000),
                PRODUCTS[random.nextInt(PRODUCTS.length)],
                CLASSES[random.nextInt(CLASSES.length)],
                Money.ofFen(random.nextLong(MIN_FEE_FEN, MAX_FEE_FEN + 1)),
                random.nextInt(8) == 0,
                acceptedOn,
                completedOn);
    }

    /** The kinds of bad line, each made from a valid order; settle must reject each with a clear message. */
    enum BadLine {
        MALFORMED_JSON {
            String spoil(GeneratedOrder o) {
                String json = o.toJson();
                return json.substring(0, json.length() / 2);
            }
        },
        NOT_AN_OBJECT {
            String spoil(GeneratedOrder o) {
                return "[" + o.toJson() + "]";
            }
        },
        MISSING_FIELD {
            String spoil(GeneratedOrder o) {
                return o.toJson().replace(",\"acceptedOn\":\"" + o.acceptedOn() + "\"", "");
            }
        },
        UNKNOWN_PRODUCT {
            String spoil(GeneratedOrder o) {
                return o.toJson().replace("\"product\":\"" + o.product() + "\"", "\"product\":\"ISDN\"");
            }
        },
        UNKNOWN_CLASS {
            String spoil(GeneratedOrder o) {
                return o.toJson().replace("\"provisioningClass\":\"" + o.provisioningClass() + "\"", "\"provisioningClass\":\"SAME_DAY\"");
            }
        },
        NOT_A_REAL_DATE {
            String spoil(GeneratedOrder o) {
                return o.toJson().replace("\"acceptedOn\":\"" + o.acceptedOn() + "\"", "\"acceptedOn\":\"2026-02-30\"");
            }
        },
        NEGATIVE_FEE {
            String spoil(GeneratedOrder o) {
                return withFee(o, "\"-" + o.standardOneTimeFee().toPlainString() + "\"");
            }
        },
        NON_NUMERIC_FEE {
            String spoil(GeneratedOrder o) {
                return withFee(o, "\"about 100 yuan\"");
            }
        },
        FEE_FINER_THAN_A_FEN {
            String spoil(GeneratedOrder o) {
                return withFee(o, "\"" + o.standardOneTimeFee().toPlainString() + "5\"");
            }
        },
        COMPLETED_BEFORE_ACCEPTED {
            String spoil(GeneratedOrder o) {
                return new GeneratedOrder(o.orderId(), o.customerId(), o.product(), o.provisioningClass(),
                        o.standardOneTimeFee(), o.feeAsNumber(), o.acceptedOn(), Option.some(o.acceptedOn().minusDays(1))).toJson();
            }
        },
        OUTSIDE_CALENDAR {
            String spoil(GeneratedOrder o) {
                return new GeneratedOrder(o.orderId(), o.customerId(), o.product(), o.provisioningClass(),
                        o.standardOneTimeFee(), o.feeAsNumber(), LocalDate.of(2022, 12, 30), Option.none()).toJson();
            }
        },
        DUPLICATE_KEY {
            String spoil(GeneratedOrder o) {
                return "{\"orderId\":\"DUP\"," + o.toJson().substring(1);
            }
        },
        TRAILING_CONTENT {
            String spoil(GeneratedOrder o) {
                return o.toJson() + " {}";
            }
        };

        abstract String spoil(GeneratedOrder order);

        private static String withFee(GeneratedOrder o, String feeJson) {
            String fee = o.standardOneTimeFee().toPlainString();
            String given = o.feeAsNumber() ? fee : "\"" + fee + "\"";
            return o.toJson().replace("\"standardOneTimeFee\":" + given, "\"standardOneTimeFee\":" + feeJson);
        }
    }
}
