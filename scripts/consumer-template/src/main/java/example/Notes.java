package example;

import dev.dynastore.annotations.Repository;
import dev.dynastore.DynastoreRepository;

/** The notes' declared repository: NotesImpl is generated, and the starter registers it. */
@Repository
public interface Notes extends DynastoreRepository<Note> {}
