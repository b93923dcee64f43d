package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The testing module as a user meets it: a local DynamoDB per run, a fresh table per test. */
@DynamoDbTest
class NoteTest {
  @Test
  void notesAreCreatedReadAndUpdatedByVersion(DynamoDbClient client, @TableName String table) {
    NoteRepository notes = new NoteRepository(Dynastore.builder().client(client).build().table(table));
    notes.createTableIfMissing();

    Versioned<Note> created = notes.create(new Note("n1", "first", 0));
    Versioned<Note> updated = notes.update(created, new Note("n1", "second", 0));

    assertEquals("second", notes.get("n1", Consistency.STRONG).orElseThrow().value().text());
    assertEquals(2, updated.version());
    assertThrows(KeyModifiedException.class, () -> notes.update(created, new Note("n1", "stale", 0)));
  }
}
