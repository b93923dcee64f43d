package example;

import dev.dynastore.Versioned;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/** A Spring Boot application on the starter: two tables, repositories injected, no Dynastore wiring. */
@SpringBootApplication
public class NotesApplication {
  public static void main(String[] args) {
    SpringApplication.run(NotesApplication.class, args);
  }

  /** Writes a note and its audit entry, each to its table. */
  @Service
  public static class NoteService {
    private final Notes notes;
    private final AuditEntryRepository audit;

    public NoteService(Notes notes, AuditEntryRepository audit) {
      this.notes = notes;
      this.audit = audit;
    }

    public Versioned<Note> write(String id, String text) {
      Versioned<Note> note = notes.create(new Note(id, text, 0));
      audit.create(new AuditEntry("created-" + id, id, "created"));
      return note;
    }
  }
}
