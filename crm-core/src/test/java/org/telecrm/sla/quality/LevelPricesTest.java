package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The price of each quality level (rules.md section 5: three levels at different prices): the sample prices, a
 * contract's own laid over them level by level, and the checks of a price list.
 */
class LevelPricesTest {

    static final Money RENTAL = Money.ofYuan(2000);

    static LevelPrices.LevelPrice price(QualityLevel level, Uplift uplift) {
        return new LevelPrices.LevelPrice(level, uplift);
    }

    @Test
    void theSampleChargesMoreForABetterLevel() {
        // 30%, 15% and 0% of CNY 2000
        assertEquals(Option.some(Money.ofYuan(600)), LevelPrices.SAMPLE.upliftOf(QualityLevelTable.LEVEL_1, RENTAL,
                RoundingMode.HALF_UP));
        assertEquals(Option.some(Money.ofYuan(300)), LevelPrices.SAMPLE.upliftOf(QualityLevelTable.LEVEL_2, RENTAL,
                RoundingMode.HALF_UP));
        assertEquals(Option.some(Money.ZERO), LevelPrices.SAMPLE.upliftOf(QualityLevelTable.LEVEL_3, RENTAL,
                RoundingMode.HALF_UP));
        assertEquals(Option.none(), LevelPrices.SAMPLE.upliftOf(QualityLevel.of("L9"), RENTAL, RoundingMode.HALF_UP));
        assertEquals("LevelPrices[L1: 30% of the monthly rental, L2: 15% of the monthly rental, L3: 0% of the monthly"
                + " rental]", LevelPrices.SAMPLE.toString());
    }

    @Test
    void aShareOfTheRentalIsRoundedToTheFen() {
        // 15% of CNY 0.03 = 0.45 fen: half-up 0 fen, ceiling 1 fen
        Uplift share = new Uplift.ShareOfRental(Rate.percent(15));
        assertEquals(Money.ZERO, share.of(Money.ofFen(3), RoundingMode.HALF_UP));
        assertEquals(Money.ofFen(1), share.of(Money.ofFen(3), RoundingMode.CEILING));
        assertEquals(Money.ofYuan(500), new Uplift.Fixed(Money.ofYuan(500)).of(RENTAL, RoundingMode.HALF_UP));
        assertEquals("500.00 a month", new Uplift.Fixed(Money.ofYuan(500)).toString());
    }

    @Test
    void aContractsOwnPricesPrevailLevelByLevel() {
        LevelPrices mine = LevelPrices.of(List.of(price(QualityLevelTable.LEVEL_1, new Uplift.Fixed(Money.ofYuan(450))),
                price(QualityLevel.of("L0"), new Uplift.ShareOfRental(Rate.percent(50))))).get();
        LevelPrices inForce = LevelPrices.SAMPLE.overriddenBy(mine);
        assertEquals(Option.some(Money.ofYuan(450)), inForce.upliftOf(QualityLevelTable.LEVEL_1, RENTAL,
                RoundingMode.HALF_UP));
        assertEquals(Option.some(Money.ofYuan(300)), inForce.upliftOf(QualityLevelTable.LEVEL_2, RENTAL,
                RoundingMode.HALF_UP));
        assertEquals(Option.some(Money.ofYuan(1000)), inForce.upliftOf(QualityLevel.of("L0"), RENTAL,
                RoundingMode.HALF_UP));
        assertEquals(4, inForce.prices().size());
        assertEquals(LevelPrices.SAMPLE, LevelPrices.SAMPLE.overriddenBy(LevelPrices.NONE));
        assertTrue(LevelPrices.NONE.isEmpty());
        assertFalse(mine.isEmpty());
        assertEquals(Option.some(new Uplift.Fixed(Money.ofYuan(450))), mine.upliftOf(QualityLevelTable.LEVEL_1));
    }

    @Test
    void aPriceListIsCheckedWhenBuilt() {
        assertEquals(List.of("prices.L1 is defined more than once", "prices.L2.amount must not be negative, was -0.01"),
                LevelPrices.of(List.of(price(QualityLevelTable.LEVEL_1, new Uplift.Fixed(Money.ZERO)),
                        price(QualityLevelTable.LEVEL_1, new Uplift.Fixed(Money.ofYuan(1))),
                        price(QualityLevelTable.LEVEL_2, new Uplift.Fixed(Money.ofFen(-1)))))
                        .fold(errors -> errors.map(QualityError::message), ok -> List.empty()));
        assertTrue(LevelPrices.of(List.of(price(QualityLevelTable.LEVEL_2, new Uplift.Fixed(Money.ZERO)))).isValid());
    }

    @Test
    void rebuiltPricesAreEqual() {
        LevelPrices rebuilt = LevelPrices.of(LevelPrices.SAMPLE.prices()).get();
        assertEquals(LevelPrices.SAMPLE, rebuilt);
        assertEquals(LevelPrices.SAMPLE.hashCode(), rebuilt.hashCode());
        assertNotEquals(LevelPrices.SAMPLE, LevelPrices.NONE);
        assertNotEquals(LevelPrices.SAMPLE, "L1");
    }
}
