package uk.nhs.dorset.primarycare.base.audit;

import java.time.Clock;
import org.hibernate.envers.RevisionListener;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user's name ("system" for start-up loads) and the
 * application's time, so a revision agrees with the history row written in the same change.
 * Hibernate creates the listener through Spring, which hands it the clock.
 */
public class AuditRevisionListener implements RevisionListener {

    private @Nullable Clock clock;

    @Autowired(required = false)
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        revision.setUsername(auth == null || auth.getName() == null ? "system" : auth.getName());
        if (clock != null) {
            revision.setTimestamp(clock.millis());
        }
    }
}
