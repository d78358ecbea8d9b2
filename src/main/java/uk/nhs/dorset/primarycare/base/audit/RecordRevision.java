package uk.nhs.dorset.primarycare.base.audit;

import java.time.Instant;

/** One Envers revision of one audited record: which record, how it changed, who and when. */
public record RecordRevision(String feature, String entity, long recordId, long revision, String revisionType,
                             String username, Instant at) {
}
