/** {@code crm calendar check}: checks a host's year schedules before they are supplied with {@code --calendar}. */
package org.telecrm.examples.calendar;
