/* ivy._accel: the generated public functions' common case, in C.
 *
 * A Dispatcher stands for a public function whose parameters are all arrays and whose
 * result is one array (the elementwise functions, matmul, ...). A positional call does
 * what the generated Python function does -- read the selected backend, unwrap ivy.Array
 * arguments, call the backend's hook, wrap the result, diagnose a failure -- without the
 * Python frames. Where the backend declares a same-dtype native for the hook (see
 * ivy.plugin.same_dtype_natives) and every argument is a native array of one dtype it
 * lists, the native is called directly. Any other call (keywords, a wrong count, a Python
 * int outside [0, 127], which may not fit an array's dtype) goes to the generated Python
 * function, which stays the reference for the semantics.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#define MAX_ARGS 4

/* set once by configure() */
static PyObject *context_var;   /* ContextVar: the context-local backend */
static PyObject *globals_dict;  /* the generated functions' globals: "_default" is the global backend */
static PyTypeObject *array_type; /* ivy.Array */
static Py_ssize_t data_offset;  /* offset of its _data slot */
static PyTypeObject *ops_type;  /* ivy._backends.Ops: only a real bound backend's tables are used */
static PyObject *ivy_error;     /* IvyError: raised as it is */
static PyObject *diagnose;      /* diagnose(spec, error, arguments) -> the error to raise */
static PyObject *str_default, *str_fast, *str_dtype;

typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    Py_ssize_t nargs;
    PyObject *fallback; /* the generated Python function */
    PyObject *hook;     /* the hook's name on the bound backend */
    PyObject *spec;
    PyObject *names;    /* the parameters' names, for diagnosis */
    PyObject *bound;    /* the last bound backend (an Ops) called, and what it gave: */
    PyObject *bound_hook;  /* its hook, */
    PyObject *bound_table; /* and its same-dtype natives for the hook, or NULL */
    PyObject *dict;
    PyObject *weakrefs;
} Dispatcher;

static int
lookup(PyObject *obj, PyObject *name, PyObject **result)
{
#if PY_VERSION_HEX >= 0x030D0000
    return PyObject_GetOptionalAttr(obj, name, result);
#else
    return _PyObject_LookupAttr(obj, name, result);
#endif
}

/* Remember the hook and same-dtype natives of a bound backend (hooks are bound once, in
 * Ops.__init__, so they hold while the Ops lives). 0 or -1 with an error. */
static int
bind(Dispatcher *self, PyObject *ops)
{
    PyObject *hook, *fast, *table = NULL;
    hook = PyObject_GetAttr(ops, self->hook);
    if (hook == NULL)
        return -1;
    if (lookup(ops, str_fast, &fast) < 0) {
        Py_DECREF(hook);
        return -1;
    }
    if (fast != NULL && PyDict_CheckExact(fast)) {
        table = PyDict_GetItemWithError(fast, self->hook);
        if (table != NULL && !PyDict_CheckExact(table))
            table = NULL;
        Py_XINCREF(table);
    }
    Py_XDECREF(fast);
    if (PyErr_Occurred()) {
        Py_DECREF(hook);
        Py_XDECREF(table);
        return -1;
    }
    Py_XSETREF(self->bound, Py_NewRef(ops));
    Py_XSETREF(self->bound_hook, hook);
    Py_XSETREF(self->bound_table, table);
    return 0;
}

/* Forget an ordinary error (a dtype that cannot be read: no direct native); leave KeyboardInterrupt and the like. */
static void
forget_ordinary_error(void)
{
    if (PyErr_Occurred() && PyErr_ExceptionMatches(PyExc_Exception))
        PyErr_Clear();
}

/* The native declared for these natives' one dtype in `table` (a new reference), or NULL: none
 * (no error), or an error that is not an ordinary exception, left set. */
static PyObject *
same_dtype_native(PyObject *table, PyObject *const *natives, Py_ssize_t n)
{
    PyObject *dtype, *other, *native = NULL;
    Py_ssize_t i;
    if (lookup(natives[0], str_dtype, &dtype) <= 0) { /* no dtype: not an array of the backend */
        forget_ordinary_error();
        return NULL;
    }
    for (i = 1; i < n; i++) {
        int same;
        if (lookup(natives[i], str_dtype, &other) <= 0)
            break;
        /* by identity first; some frameworks (MLX) make a new, equal dtype object on each read */
        same = other == dtype ? 1 : PyObject_RichCompareBool(other, dtype, Py_EQ);
        Py_DECREF(other);
        if (same != 1)
            break;
    }
    if (i == n) {
        native = PyDict_GetItemWithError(table, dtype);
        Py_XINCREF(native);
    }
    Py_DECREF(dtype);
    forget_ordinary_error(); /* a failed lookup only means: no direct native */
    return native;
}

/* Raise diagnose(spec, error, {name: argument}) from the pending error, as the Python function does. */
static PyObject *
fail(Dispatcher *self, PyObject *const *args, Py_ssize_t n)
{
    PyObject *type, *value, *traceback, *arguments, *raised;
    if (!PyErr_ExceptionMatches(PyExc_Exception) || PyErr_ExceptionMatches(ivy_error))
        return NULL;
    PyErr_Fetch(&type, &value, &traceback);
    PyErr_NormalizeException(&type, &value, &traceback);
    if (traceback != NULL)
        PyException_SetTraceback(value, traceback);
    Py_XDECREF(traceback);
    Py_DECREF(type);
    arguments = PyDict_New();
    if (arguments == NULL) {
        Py_DECREF(value);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyDict_SetItem(arguments, PyTuple_GET_ITEM(self->names, i), args[i]) < 0) {
            Py_DECREF(arguments);
            Py_DECREF(value);
            return NULL;
        }
    }
    raised = PyObject_CallFunctionObjArgs(diagnose, self->spec, value, arguments, NULL);
    Py_DECREF(arguments);
    if (raised == NULL) {
        Py_DECREF(value);
        return NULL;
    }
    Py_INCREF(value);
    PyException_SetContext(raised, value);
    PyException_SetCause(raised, value); /* steals; also suppresses the context, as `from` does */
    PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(raised)), raised, NULL);
    return NULL;
}

/* The backend's function for this call: a same-dtype native or the hook (a new reference). */
static PyObject *
resolve(Dispatcher *self, PyObject *ops, PyObject *const *natives, Py_ssize_t n)
{
    PyObject *hook, *table, *function;
    if (ops != self->bound && Py_TYPE(ops) == ops_type && bind(self, ops) < 0)
        return NULL;
    if (ops != self->bound) /* a tracer or the unselected placeholder: its hook, looked up each time */
        return PyObject_GetAttr(ops, self->hook);
    /* held before reading dtypes, which may run Python code (and another thread may rebind) */
    hook = Py_NewRef(self->bound_hook);
    table = Py_XNewRef(self->bound_table);
    function = table ? same_dtype_native(table, natives, n) : NULL;
    Py_XDECREF(table);
    if (function == NULL && !PyErr_Occurred())
        return hook;
    Py_DECREF(hook);
    return function;
}

/* 0 when the exact int `value` is in [0, 127] (it fits every dtype), else -1 (no error set). */
static int
small_int(PyObject *value)
{
    int overflow;
    long v = PyLong_AsLongAndOverflow(value, &overflow);
    return (overflow == 0 && v >= 0 && v <= 127) ? 0 : -1;
}

static PyObject *
dispatcher_vectorcall(Dispatcher *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t n = PyVectorcall_NARGS(nargsf), i;
    PyObject *slots[MAX_ARGS + 1]; /* slots[0] is free for the callee (PY_VECTORCALL_ARGUMENTS_OFFSET) */
    PyObject **natives = slots + 1;
    PyObject *backend, *ops, *function, *result = NULL, *wrapper;

    if (kwnames != NULL || n != self->nargs)
        return PyObject_Vectorcall(self->fallback, args, nargsf, kwnames);
    for (i = 0; i < n; i++) {
        PyObject *arg = args[i];
        if (Py_TYPE(arg) == array_type) {
            arg = *(PyObject **)((char *)arg + data_offset);
            if (arg == NULL) /* an Array without data: the Python function reports it */
                return PyObject_Vectorcall(self->fallback, args, nargsf, kwnames);
        }
        else if (PyLong_CheckExact(arg) && small_int(arg) < 0)
            /* a Python int that may not fit an array's dtype: the Python function checks it */
            return PyObject_Vectorcall(self->fallback, args, nargsf, kwnames);
        natives[i] = arg;
    }
    backend = PyDict_GetItemWithError(globals_dict, str_default);
    if (backend == NULL)
        return PyErr_Occurred() ? NULL : PyObject_Vectorcall(self->fallback, args, nargsf, kwnames);
    if (PyContextVar_Get(context_var, backend, &ops) < 0)
        return NULL;
    for (i = 0; i < n; i++) /* held through the call, as the Python function's frame holds them */
        Py_INCREF(natives[i]);
    function = resolve(self, ops, natives, n);
    Py_DECREF(ops);
    if (function != NULL) { /* else (no backend can be chosen, an interrupt) raised as it is */
        result = PyObject_Vectorcall(function, natives, n | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        Py_DECREF(function);
        if (result == NULL)
            fail(self, args, n);
    }
    for (i = 0; i < n; i++)
        Py_DECREF(natives[i]);
    if (result == NULL)
        return NULL;
    wrapper = array_type->tp_alloc(array_type, 0);
    if (wrapper == NULL) {
        Py_DECREF(result);
        return NULL;
    }
    *(PyObject **)((char *)wrapper + data_offset) = result; /* the reference moves in */
    return wrapper;
}

static PyObject *
dispatcher_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *fallback, *hook, *spec, *names;
    Dispatcher *self;
    static char *keywords[] = {"fallback", "hook", "spec", "names", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OUOO!:Dispatcher", keywords, &fallback, &hook, &spec,
                                     &PyTuple_Type, &names))
        return NULL;
    if (array_type == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "ivy._accel: configure() first");
        return NULL;
    }
    if (PyTuple_GET_SIZE(names) < 1 || PyTuple_GET_SIZE(names) > MAX_ARGS) {
        PyErr_Format(PyExc_ValueError, "ivy._accel.Dispatcher: 1 to %d parameters, got %zd", MAX_ARGS,
                     PyTuple_GET_SIZE(names));
        return NULL;
    }
    self = (Dispatcher *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->vectorcall = (vectorcallfunc)dispatcher_vectorcall;
    self->nargs = PyTuple_GET_SIZE(names);
    self->fallback = Py_NewRef(fallback);
    self->hook = Py_NewRef(hook);
    PyUnicode_InternInPlace(&self->hook);
    self->spec = Py_NewRef(spec);
    self->names = Py_NewRef(names);
    return (PyObject *)self;
}

static int
dispatcher_traverse(Dispatcher *self, visitproc visit, void *arg)
{
    Py_VISIT(self->fallback);
    Py_VISIT(self->spec);
    Py_VISIT(self->names);
    Py_VISIT(self->bound);
    Py_VISIT(self->bound_hook);
    Py_VISIT(self->bound_table);
    Py_VISIT(self->dict);
    return 0;
}

static int
dispatcher_clear(Dispatcher *self)
{
    Py_CLEAR(self->fallback);
    Py_CLEAR(self->spec);
    Py_CLEAR(self->names);
    Py_CLEAR(self->bound);
    Py_CLEAR(self->bound_hook);
    Py_CLEAR(self->bound_table);
    Py_CLEAR(self->dict);
    return 0;
}

static void
dispatcher_dealloc(Dispatcher *self)
{
    PyObject_GC_UnTrack(self);
    if (self->weakrefs != NULL)
        PyObject_ClearWeakRefs((PyObject *)self);
    dispatcher_clear(self);
    Py_CLEAR(self->hook);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* A method of a class it is stored in (ivy.Array's operators are the public functions). */
static PyObject *
dispatcher_get(PyObject *self, PyObject *obj, PyObject *type)
{
    if (obj == NULL || obj == Py_None)
        return Py_NewRef(self);
    return PyMethod_New(self, obj);
}

/* An attribute set on the dispatcher (by ivy._codegen), borrowed, or NULL. */
static PyObject *
own(Dispatcher *self, const char *name)
{
    return self->dict ? PyDict_GetItemString(self->dict, name) : NULL;
}

static PyObject *
dispatcher_repr(Dispatcher *self)
{
    PyObject *module = own(self, "__module__"), *name = own(self, "__qualname__");
    if (module == NULL || name == NULL)
        return PyUnicode_FromFormat("<function %S>", self->hook);
    return PyUnicode_FromFormat("<function %S.%S>", module, name);
}

/* Pickled and deep-copied by name, as Python functions are. */
static PyObject *
dispatcher_reduce(Dispatcher *self, PyObject *unused)
{
    PyObject *name = own(self, "__qualname__");
    if (name == NULL) {
        PyErr_SetString(PyExc_TypeError, "ivy._accel.Dispatcher: no __qualname__ to pickle by");
        return NULL;
    }
    return Py_NewRef(name);
}

static PyMethodDef dispatcher_methods[] = {
    {"__reduce__", (PyCFunction)dispatcher_reduce, METH_NOARGS, NULL},
    {NULL},
};

static PyMemberDef dispatcher_members[] = {
    {"__wrapped__", T_OBJECT, offsetof(Dispatcher, fallback), READONLY, "the generated Python function"},
    {NULL},
};

static PyTypeObject DispatcherType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ivy._accel.Dispatcher",
    .tp_basicsize = sizeof(Dispatcher),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "A public function of ivy whose common case runs in C.",
    .tp_new = dispatcher_new,
    .tp_dealloc = (destructor)dispatcher_dealloc,
    .tp_traverse = (traverseproc)dispatcher_traverse,
    .tp_clear = (inquiry)dispatcher_clear,
    .tp_call = PyVectorcall_Call,
    .tp_vectorcall_offset = offsetof(Dispatcher, vectorcall),
    .tp_descr_get = dispatcher_get,
    .tp_repr = (reprfunc)dispatcher_repr,
    .tp_dictoffset = offsetof(Dispatcher, dict),
    .tp_weaklistoffset = offsetof(Dispatcher, weakrefs),
    .tp_methods = dispatcher_methods,
    .tp_members = dispatcher_members,
};

static PyObject *
configure(PyObject *module, PyObject *args)
{
    PyObject *context, *globals, *array, *ops, *error, *diagnoser, *call, *slot;
    PyMemberDescrObject *member;
    if (!PyArg_ParseTuple(args, "OO!O!O!OOO:configure", &context, &PyDict_Type, &globals, &PyType_Type, &array,
                          &PyType_Type, &ops, &error, &diagnoser, &call))
        return NULL;
    /* What tracers that read Python code (torch.compile's Dynamo) find as the type's __call__:
     * a Python function doing the same through the generated function, which they can follow.
     * The interpreter still calls the C slots, which this does not change. */
    if (PyDict_SetItemString(DispatcherType.tp_dict, "__call__", call) < 0)
        return NULL;
    PyType_Modified(&DispatcherType);
    slot = PyDict_GetItemString(((PyTypeObject *)array)->tp_dict, "_data");
    if (slot == NULL || !Py_IS_TYPE(slot, &PyMemberDescr_Type)) {
        PyErr_SetString(PyExc_TypeError, "ivy._accel.configure: the array type needs a _data slot");
        return NULL;
    }
    member = (PyMemberDescrObject *)slot;
    data_offset = member->d_member->offset;
    Py_XSETREF(context_var, Py_NewRef(context));
    Py_XSETREF(globals_dict, Py_NewRef(globals));
    Py_XSETREF(array_type, (PyTypeObject *)Py_NewRef(array));
    Py_XSETREF(ops_type, (PyTypeObject *)Py_NewRef(ops));
    Py_XSETREF(ivy_error, Py_NewRef(error));
    Py_XSETREF(diagnose, Py_NewRef(diagnoser));
    Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
    {"configure", configure, METH_VARARGS,
     "configure(context_var, globals, Array, Ops, IvyError, diagnose, call): what every Dispatcher reads."},
    {NULL},
};

static struct PyModuleDef accel_module = {
    PyModuleDef_HEAD_INIT, "ivy._accel", "The generated public functions' common case, in C.", -1, module_methods,
};

PyMODINIT_FUNC
PyInit__accel(void)
{
    PyObject *module;
    str_default = PyUnicode_InternFromString("_default");
    str_fast = PyUnicode_InternFromString("same_dtype_natives");
    str_dtype = PyUnicode_InternFromString("dtype");
    if (str_default == NULL || str_fast == NULL || str_dtype == NULL || PyType_Ready(&DispatcherType) < 0)
        return NULL;
    module = PyModule_Create(&accel_module);
    if (module == NULL)
        return NULL;
    if (PyModule_AddObjectRef(module, "Dispatcher", (PyObject *)&DispatcherType) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
