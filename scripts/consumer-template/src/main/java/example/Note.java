package example;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;
import dev.dynastore.annotations.Version;

/** A note: the processor generates NoteRepository and its schema at compile time. */
@Partition("notes")
public record Note(@Key String id, String text, @Version long version) {}
