/**
 * Calendar data read from files: a host's year schedules in the bundled JSON shape
 * ({@link org.telecrm.calendar.files.CalendarFiles}). The only package of crm-core that reads files.
 */
package org.telecrm.calendar.files;
