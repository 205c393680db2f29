/** The crm command and examples of embedding the library. */
package org.telecrm.examples;
