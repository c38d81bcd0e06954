// GENERATED from schemas/expression.schema.json by packages/core/scripts/gen-types.mjs — do not edit.
// Run `npm run gen` after changing the schema.

/**
 * Một giá trị cố định hoặc một đối tượng có đúng một toán tử (kiểu JSON Logic), ví dụ {"==": [{"var": "gioiTinh"}, "nữ"]}. / A constant, or an object with exactly one operator (JSON Logic style), e.g. {"==": [{"var": "gender"}, "female"]}.
 */
export type Expression =
  | Literal
  | Var
  | Equal
  | NotEqual
  | Less
  | LessOrEqual
  | Greater
  | GreaterOrEqual
  | And
  | Or
  | Not
  | In
  | If
  | Add
  | Subtract
  | Multiply
  | Divide
  | Min
  | Max
  | DaysBetween
  | Present;
/**
 * Chuỗi, số, đúng/sai (true/false) hoặc null. / A string, number, boolean or null.
 */
export type Literal = string | number | boolean | null;
/**
 * Một đường dẫn trường hoặc một biến ngữ cảnh (bắt đầu bằng $). / A field path or a context variable (starting with $).
 */
export type VariablePath = FieldPath | ContextVariable;
/**
 * Đường dẫn tới một trường của biểu mẫu, các tên cách nhau bằng dấu chấm; chỉ số mảng viết bằng số, ví dụ "child.birthDate", "applicants.0.name". / Path to a form field, names separated by dots; array items by index, e.g. "child.birthDate", "applicants.0.name".
 */
export type FieldPath = string;
/**
 * $channel (kênh nộp: in-person, online, postal), $case (mã trường hợp), $role (vai trò), $today (ngày hiện tại YYYY-MM-DD), $documents.<mã thành phần> (đã nộp thành phần hồ sơ đó chưa), $prefilled.<đường dẫn trường> (trường lấy từ cơ sở dữ liệu quốc gia), $item.<thuộc tính> (thuộc tính của phần tử danh sách đang nhập; chỉ dùng trong visibleWhen/requiredWhen của itemFields). / $channel (in-person, online, postal), $case (the chosen case id), $role, $today (the current date YYYY-MM-DD), $documents.<componentId> (that dossier component was provided), $prefilled.<fieldPath> (that field came from a national registry), $item.<property> (a property of the list item being entered; only in the visibleWhen/requiredWhen of itemFields).
 */
export type ContextVariable = string;
/**
 * Một giá trị cố định hoặc một đối tượng có đúng một toán tử (kiểu JSON Logic), ví dụ {"==": [{"var": "gioiTinh"}, "nữ"]}. / A constant, or an object with exactly one operator (JSON Logic style), e.g. {"==": [{"var": "gender"}, "female"]}.
 */
export type Expression1 =
  | Literal
  | Var
  | Equal
  | NotEqual
  | Less
  | LessOrEqual
  | Greater
  | GreaterOrEqual
  | And
  | Or
  | Not
  | In
  | If
  | Add
  | Subtract
  | Multiply
  | Divide
  | Min
  | Max
  | DaysBetween
  | Present;
/**
 * Danh sách các giá trị cố định để kiểm tra thuộc về bằng "in". / Constants that "in" tests membership in.
 */
export type LiteralList = Literal[];

/**
 * Đọc một trường của biểu mẫu hoặc một biến ngữ cảnh; thiếu thì là null, hoặc giá trị mặc định nếu viết [đường dẫn, mặc định]. / Reads a form field or a context variable; missing reads as null, or as the default when written [path, default].
 */
export interface Var {
  /**
   * "đường.dẫn" hoặc ["đường.dẫn", giá trị mặc định]. / "path" or ["path", default].
   */
  var: VariablePath | [VariablePath, Literal];
}
/**
 * Đúng khi hai giá trị bằng nhau, không tự đổi kiểu: 1 khác "1". / True when both values are equal, without type coercion: 1 is not "1".
 */
export interface Equal {
  /**
   * Đúng hai biểu thức được so sánh. / Exactly two expressions to compare.
   *
   * @minItems 2
   * @maxItems 2
   */
  '==': [Expression1, Expression1];
}
/**
 * Đúng khi hai giá trị khác nhau, không tự đổi kiểu. / True when the values differ, without type coercion.
 */
export interface NotEqual {
  /**
   * Đúng hai biểu thức được so sánh. / Exactly two expressions to compare.
   *
   * @minItems 2
   * @maxItems 2
   */
  '!=': [Expression1, Expression1];
}
/**
 * So sánh hai số, hai ngày (YYYY-MM-DD) hoặc hai chuỗi; khác kiểu thì sai. / Compares two numbers, two dates (YYYY-MM-DD) or two strings; mixed types are false.
 */
export interface Less {
  /**
   * Đúng hai biểu thức được so sánh. / Exactly two expressions to compare.
   *
   * @minItems 2
   * @maxItems 2
   */
  '<': [Expression1, Expression1];
}
/**
 * So sánh hai số, hai ngày (YYYY-MM-DD) hoặc hai chuỗi; khác kiểu thì sai. / Compares two numbers, two dates (YYYY-MM-DD) or two strings; mixed types are false.
 */
export interface LessOrEqual {
  /**
   * Đúng hai biểu thức được so sánh. / Exactly two expressions to compare.
   *
   * @minItems 2
   * @maxItems 2
   */
  '<=': [Expression1, Expression1];
}
/**
 * So sánh hai số, hai ngày (YYYY-MM-DD) hoặc hai chuỗi; khác kiểu thì sai. / Compares two numbers, two dates (YYYY-MM-DD) or two strings; mixed types are false.
 */
export interface Greater {
  /**
   * Đúng hai biểu thức được so sánh. / Exactly two expressions to compare.
   *
   * @minItems 2
   * @maxItems 2
   */
  '>': [Expression1, Expression1];
}
/**
 * So sánh hai số, hai ngày (YYYY-MM-DD) hoặc hai chuỗi; khác kiểu thì sai. / Compares two numbers, two dates (YYYY-MM-DD) or two strings; mixed types are false.
 */
export interface GreaterOrEqual {
  /**
   * Đúng hai biểu thức được so sánh. / Exactly two expressions to compare.
   *
   * @minItems 2
   * @maxItems 2
   */
  '>=': [Expression1, Expression1];
}
/**
 * Đúng khi mọi điều kiện đều đúng; dừng ở điều kiện sai đầu tiên. / True when every condition is true; stops at the first that is not.
 */
export interface And {
  /**
   * Ít nhất một điều kiện. / At least one condition.
   *
   * @minItems 1
   */
  and: [Expression1, ...Expression1[]];
}
/**
 * Đúng khi có ít nhất một điều kiện đúng; dừng ở điều kiện đúng đầu tiên. / True when at least one condition is true; stops at the first that is.
 */
export interface Or {
  /**
   * Ít nhất một điều kiện. / At least one condition.
   *
   * @minItems 1
   */
  or: [Expression1, ...Expression1[]];
}
/**
 * Đúng khi điều kiện không đúng. / True when the condition is not true.
 */
export interface Not {
  /**
   * Một biểu thức, hoặc danh sách gồm đúng một biểu thức. / One expression, or an array of exactly one.
   */
  '!': Expression1 | [Expression1];
}
/**
 * Đúng khi giá trị nằm trong danh sách giá trị cố định, hoặc là chuỗi con khi vế sau là một chuỗi. / True when the value is in a list of constants, or is a substring when the second operand is a string.
 */
export interface In {
  /**
   * [giá trị, [các giá trị cố định]] hoặc [chuỗi con, chuỗi]. / [needle, [constants]] or [substring, string].
   *
   * @minItems 2
   */
  in: [Expression1, LiteralList | Expression1];
}
/**
 * [điều kiện, giá trị khi đúng, giá trị khi không đúng]. / [condition, value when true, value otherwise].
 */
export interface If {
  /**
   * Đúng ba biểu thức. / Exactly three expressions.
   *
   * @minItems 3
   * @maxItems 3
   */
  if: [Expression1, Expression1, Expression1];
}
/**
 * Tổng các số. Toán hạng không phải số thì kết quả là null. / Sum of the numbers. A non-number operand gives null.
 */
export interface Add {
  /**
   * Ít nhất hai số. / At least two numbers.
   *
   * @minItems 2
   */
  '+': [Expression1, Expression1, ...Expression1[]];
}
/**
 * [a, b] cho a − b; [a] cho −a. Toán hạng không phải số thì kết quả là null. / [a, b] gives a − b; [a] gives −a. A non-number operand gives null.
 */
export interface Subtract {
  /**
   * Một hoặc hai số. / One or two numbers.
   *
   * @minItems 1
   * @maxItems 2
   */
  '-': [Expression1] | [Expression1, Expression1];
}
/**
 * Tích các số. Toán hạng không phải số thì kết quả là null. / Product of the numbers. A non-number operand gives null.
 */
export interface Multiply {
  /**
   * Ít nhất hai số. / At least two numbers.
   *
   * @minItems 2
   */
  '*': [Expression1, Expression1, ...Expression1[]];
}
/**
 * [a, b] cho a ÷ b; chia cho 0 cho null. Toán hạng không phải số thì kết quả là null. / [a, b] gives a ÷ b; division by zero gives null. A non-number operand gives null.
 */
export interface Divide {
  /**
   * Đúng hai số. / Exactly two numbers.
   *
   * @minItems 2
   * @maxItems 2
   */
  '/': [Expression1, Expression1];
}
/**
 * Số nhỏ nhất. Toán hạng không phải số thì kết quả là null. / The smallest number. A non-number operand gives null.
 */
export interface Min {
  /**
   * Ít nhất một số. / At least one number.
   *
   * @minItems 1
   */
  min: [Expression1, ...Expression1[]];
}
/**
 * Số lớn nhất. Toán hạng không phải số thì kết quả là null. / The largest number. A non-number operand gives null.
 */
export interface Max {
  /**
   * Ít nhất một số. / At least one number.
   *
   * @minItems 1
   */
  max: [Expression1, ...Expression1[]];
}
/**
 * Số ngày lịch từ ngày thứ nhất đến ngày thứ hai (YYYY-MM-DD); âm nếu ngày thứ hai sớm hơn; null nếu không phải ngày hợp lệ. / Calendar days from the first date to the second (YYYY-MM-DD); negative when the second is earlier; null unless both are real dates.
 */
export interface DaysBetween {
  /**
   * [từ ngày, đến ngày]. / [from, to].
   *
   * @minItems 2
   * @maxItems 2
   */
  'days-between': [Expression1, Expression1];
}
/**
 * Đúng khi trường của biểu mẫu có giá trị: không null, không phải chuỗi trống, danh sách rỗng hay đối tượng rỗng. Số 0 và false vẫn là đã điền. / True when the form field has a value: not null, not a blank string, not an empty array or object. 0 and false count as present.
 */
export interface Present {
  present: FieldPath;
}
