/** A field's error, said next to it (the field points at it with aria-describedby). */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="compose__error">
      {error}
    </p>
  );
}
