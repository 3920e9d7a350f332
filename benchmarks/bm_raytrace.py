# Raytrace: a small ray tracer in the style of pyperformance's (spheres and a
# checkered plane, diffuse + specular lighting, shadows, reflections); vector
# objects with operator methods. Prints a checksum of the 8-bit image.
import sys
import math

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(factor * self.x, factor * self.y, factor * self.z)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return 1 / -v
        return None

    def normal_at(self, p):
        return self.normal


class SimpleSurface:
    def __init__(self, base_colour, specular=0.2, lambert=0.6, checked=False):
        self.base_colour = base_colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert
        self.checked = checked

    def colour_at(self, scene, ray, p, normal):
        b = self.base_colour
        if self.checked:
            cx = int(abs(math.floor(p.x * 0.5)))
            cz = int(abs(math.floor(p.z * 0.5)))
            if (cx + cz) % 2:
                b = Vector(0.1, 0.1, 0.1)
        c = ZERO
        if self.specular > 0:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            reflected_colour = scene.ray_colour(reflected)
            c = c + reflected_colour.scale(self.specular)
        if self.lambert > 0:
            lambert_amount = 0.0
            for light in scene.visible_lights(p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0:
                    lambert_amount += contribution
            lambert_amount = min(1.0, lambert_amount)
            c = c + b.scale(self.lambert * lambert_amount)
        c = c + b.scale(self.ambient)
        return c


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.eye = Vector(0.0, 1.8, 10.0)
        self.look_at = Vector(0.0, 3.0, 0.0)
        self.recursion_depth = 0
        self.max_depth = 3

    def add_object(self, obj, surface):
        self.objects.append((obj, surface))

    def intersect(self, ray):
        closest = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > EPSILON:
                if closest is None or t < closest[0]:
                    closest = (t, obj, surface)
        return closest

    def ray_colour(self, ray):
        if self.recursion_depth > self.max_depth:
            return ZERO
        hit = self.intersect(ray)
        if hit is None:
            return ZERO
        t, obj, surface = hit
        self.recursion_depth += 1
        try:
            p = ray.point_at(t)
            return surface.colour_at(self, ray, p, obj.normal_at(p))
        finally:
            self.recursion_depth -= 1

    def visible_lights(self, p):
        result = []
        for light in self.lights:
            hit = self.intersect(Ray(p, light - p))
            if hit is None or hit[0] > (light - p).magnitude():
                result.append(light)
        return result

    def render(self, width, height):
        # tan(field_of_view / 2) for 45 degrees, from sqrt: libm's tan may
        # differ in the last bit between implementations, sqrt may not.
        half_width = math.sqrt(2.0) - 1.0
        half_height = 0.75 * half_width
        pixel_width = half_width * 2 / (width - 1)
        pixel_height = half_height * 2 / (height - 1)
        eye_vector = (self.look_at - self.eye).normalized()
        vpr = eye_vector.cross(UP).normalized()
        vpu = vpr.cross(eye_vector).normalized()
        pixels = []
        for y in range(height):
            for x in range(width):
                xcomp = vpr.scale(x * pixel_width - half_width)
                ycomp = vpu.scale(y * pixel_height - half_height)
                ray = Ray(self.eye, eye_vector + xcomp + ycomp)
                colour = self.ray_colour(ray)
                pixels.append((to_byte(colour.x), to_byte(colour.y), to_byte(colour.z)))
        return pixels


def to_byte(v):
    return max(0, min(255, int(v * 255 + 0.5)))


def build_scene():
    scene = Scene()
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    scene.add_object(Sphere(Vector(1.0, 3.0, -10.0), 2.0), SimpleSurface(Vector(1.0, 1.0, 0.0)))
    for y in range(6):
        scene.add_object(Sphere(Vector(-3.0 - y * 0.4, 2.3, -5.0), 0.4),
                         SimpleSurface(Vector(y / 6.0, 1 - y / 6.0, 0.5)))
    scene.add_object(Halfspace(Vector(0.0, 0.0, 0.0), UP), SimpleSurface(Vector(1.0, 1.0, 1.0), checked=True))
    return scene


def main(n):
    pixels = build_scene().render(n, n * 3 // 4)
    checksum = 0
    for i, (r, g, b) in enumerate(pixels):
        checksum = (checksum * 31 + r * 65536 + g * 256 + b + i) % 1000000007
    bright = sum(1 for r, g, b in pixels if r + g + b > 384)
    print("pixels=%d bright=%d checksum=%d" % (len(pixels), bright, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 140)
