package org.telecrm.customer.identity;

import java.util.Objects;

/**
 * What stands in for a person's identity document once their personal information has been erased (PIPL art. 47):
 * no number, only a reference that tells erased customers apart (their own customer id, which is the pseudonymous
 * reference their retained records keep). Never registered with: only {@code Customer.erase} makes one.
 *
 * <pre>{@code
 * new ErasedDocument("C-1").masked();     // "(erased)"
 * new ErasedDocument("C-1").unmasked();   // "ERASED-C-1": no number, nothing of the person
 * }</pre>
 *
 * @param reference the erased customer's id
 */
public record ErasedDocument(String reference) implements IdentityDocument {

    public ErasedDocument {
        Objects.requireNonNull(reference, "reference");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("an erased document keeps its customer's reference, was blank");
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ERASED;
    }

    @Override
    public String masked() {
        return "(erased)";
    }

    /** Not a number: the reference, so that two erased customers' documents stay apart. */
    @Override
    public String unmasked() {
        return "ERASED-" + reference;
    }

    @Override
    public String toString() {
        return "ErasedDocument[" + reference + "]";
    }
}
