/**
 * A customer's contact persons (客户联系人): {@link org.telecrm.customer.contact.ContactDetails} with validated
 * mainland mobile and landline numbers and e-mail addresses, all masked in their default rendering.
 */
package org.telecrm.customer.contact;
