package uk.nhs.dorset.primarycare.work;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordCommentRepository extends JpaRepository<RecordComment, Long> {

    List<RecordComment> findByRecordTypeAndRecordIdOrderByCreatedAtAscIdAsc(String recordType, long recordId);

    List<RecordComment> findByRecordTypeAndRecordIdAndSharedTrueOrderByCreatedAtAscIdAsc(String recordType, long recordId);
}
