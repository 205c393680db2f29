package org.telecrm.sla.provisioning;

import io.vavr.collection.Seq;

/** Why a contract's personalised terms were refused: every problem found, each naming its clause. */
public record TermsError(String contractReference, Seq<String> problems) {

    public String message() {
        return "personalised terms of contract " + contractReference + " refused: " + problems.mkString("; ");
    }
}
