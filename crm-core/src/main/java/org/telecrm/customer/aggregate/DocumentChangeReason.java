package org.telecrm.customer.aggregate;

/**
 * Why a customer's identity document changed: the authority issued a new one (a renewed passport, a new business
 * licence after a change of type), or the one on record was wrong (mistyped at registration). Either way the new
 * document takes effect from the change's effective date and the duplicate check holds for it.
 */
public enum DocumentChangeReason {
    /** A new document was issued to the same person or organisation. */
    REISSUED,
    /** The document on record was recorded wrongly and is put right. */
    CORRECTED
}
