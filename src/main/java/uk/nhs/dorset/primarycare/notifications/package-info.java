/**
 * Telling people about work: who hears of each workflow move, the in-application notifications,
 * each user's choice of email now, a daily digest or none, and the email outbox with its sender.
 */
@NullMarked
package uk.nhs.dorset.primarycare.notifications;

import org.jspecify.annotations.NullMarked;
