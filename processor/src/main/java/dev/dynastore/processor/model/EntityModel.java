package dev.dynastore.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;

/**
 * An entity ready to be written: its payload type, where its items live, its key, its indexes, and the nested
 * types whose schemas it needs.
 *
 * @param partitionName the type-level partition name (the prefix when a component names the partition), or null
 * @param partitionComponent the component naming the partition, or null for a fixed partition
 * @param expires the {@code @Expires} property, or null
 */
public record EntityModel(TypeModel type, ClassName repository, String partitionName,
    PropertyModel partitionComponent, PropertyModel key, List<IndexModel> indexes, PropertyModel expires,
    List<TypeModel> nestedTypes) {}
