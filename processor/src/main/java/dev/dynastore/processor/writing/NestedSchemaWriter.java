package dev.dynastore.processor.writing;

import static dev.dynastore.processor.writing.Types.ATTRIBUTES;
import static dev.dynastore.processor.writing.Types.ATTRIBUTE_VALUE;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.dynastore.processor.model.TypeModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Customer_AddressSchema} for a nested record or bean: its table schema, and the static
 * {@code toAttribute}/{@code fromAttribute} through which the schemas that contain it store it as a map attribute.
 */
final class NestedSchemaWriter {
  JavaFile write(TypeModel type) {
    SchemaCode code = new SchemaCode(type, SchemaCode.names());
    ClassName item = code.item();
    TypeSpec.Builder schema = code.begin("");
    schema.addMethod(code.constructor());
    schema.addMethod(code.itemToMap());
    schema.addMethod(MethodSpec.methodBuilder("toAttribute")
        .addJavadoc("A {@link $T} as a map attribute, or null.\n", item)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ATTRIBUTE_VALUE)
        .addParameter(item, "value")
        .addStatement("return value == null ? null : $T.createM(INSTANCE.itemToMap(value, true))", ATTRIBUTE_VALUE)
        .build());
    schema.addMethod(MethodSpec.methodBuilder("fromAttribute")
        .addJavadoc("A {@link $T} from a map attribute, or null when absent or NULL.\n", item)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(item)
        .addParameter(ATTRIBUTE_VALUE, "attribute")
        .addStatement("$T map = $T.asMap(attribute)", SchemaCode.map(), ATTRIBUTES)
        .addStatement("return map == null ? null : INSTANCE.mapToItem(map)")
        .build());
    schema.addMethod(MethodSpec.methodBuilder("mapToItem")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(item)
        .addParameter(SchemaCode.map(), "map")
        .addCode(code.construct("map", false))
        .build());
    return code.finish(schema);
  }
}
