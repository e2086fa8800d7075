package io.falcoj.field.syscall;

import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.state.ParsedEvent;

import java.util.List;

/**
 * One family of syscall fields (evt.*, proc.*, fd.*...). {@link SyscallFields} asks each family in
 * turn; a family only knows its own fields.
 */
public interface FieldFamily {
	/** The fields of this family, in the order {@code --list} shows them. */
	List<FieldInfo> fields();

	/**
	 * Binds {@code info} (one of {@link #fields()}) with its argument: what stood in brackets, or
	 * after the field name and a dot for fields like {@code evt.arg.NAME}; null when none.
	 */
	Field<ParsedEvent> bind(FieldInfo info, String argument) throws UnknownFieldException;
}
