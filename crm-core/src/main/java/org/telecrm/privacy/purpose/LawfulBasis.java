package org.telecrm.privacy.purpose;

import java.time.Instant;
import java.util.Objects;

/**
 * On what ground personal information is processed for a purpose (PIPL art. 13): the customer's consent, a contract
 * it is necessary for, or a legal duty. Only consent is withdrawn (art. 15).
 */
public sealed interface LawfulBasis {

    /** Necessary to conclude or perform a contract with the customer (art. 13 (2)). */
    record Contract(String reference) implements LawfulBasis {
        public Contract {
            Objects.requireNonNull(reference, "reference");
            if (reference.isBlank()) {
                throw new IllegalArgumentException("a contract basis names the contract, was blank");
            }
        }
    }

    /** The customer's consent, given at {@code givenAt} through {@code channel} (art. 13 (1), 14). */
    record Consent(Instant givenAt, ConsentChannel channel) implements LawfulBasis {
        public Consent {
            Objects.requireNonNull(givenAt, "givenAt");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /**
     * A duty the law puts on the operator (art. 13 (3)), such as real-name registration of telecom users
     * (网络安全法 art. 24, 反电信网络诈骗法 art. 9).
     */
    record LegalDuty(String law) implements LawfulBasis {
        public LegalDuty {
            Objects.requireNonNull(law, "law");
            if (law.isBlank()) {
                throw new IllegalArgumentException("a legal duty names the law, was blank");
            }
        }
    }
}
