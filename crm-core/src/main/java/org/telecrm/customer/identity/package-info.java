/**
 * Identity documents a customer registers with, each validated when it is created with a typed
 * {@link org.telecrm.customer.identity.IdentityError} that names the field: the resident identity number (GB 11643
 * check character), the unified social credit code (GB 32100 check character) and passports (format only). All of
 * them render masked; the raw number only comes out of an accessor named {@code unmasked}.
 */
package org.telecrm.customer.identity;
