package dev.dynastore.processor.writing;

import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import javax.annotation.processing.Filer;

/** One generated source file, ready to be written. */
public final class SourceFile {
  private final JavaFile file;

  SourceFile(JavaFile file) {
    this.file = file;
  }

  /** The qualified name of its class, e.g. {@code test.CustomerSchema}. */
  public String qualifiedName() {
    return file.packageName.isEmpty() ? file.typeSpec.name : file.packageName + "." + file.typeSpec.name;
  }

  /** Writes it through the filer, with its originating element. */
  public void writeTo(Filer filer) throws IOException {
    file.writeTo(filer);
  }
}
